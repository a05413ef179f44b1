<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="122"/>
        <source>Block reader</source>
        <translation>Блокировка читателя</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="124"/>
        <source>Block {name} ({card}): no loans until unblocked.</source>
        <translation>Заблокировать читателя {name} ({card}): до разблокировки книги не выдаются.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="128"/>
        <source>Reason *</source>
        <translation>Причина *</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="129"/>
        <source>Until</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="130"/>
        <source>for example: lost a book, did not pay</source>
        <translation>например: потерял книгу, не заплатил</translation>
    </message>
</context>
<context>
    <name>BranchSetupDialog</name>
    <message>
        <location filename="../branchdesk/ui/login.py" line="202"/>
        <source>Set up this branch</source>
        <translation>Настройка филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="205"/>
        <source>No branch is set up on this computer yet. Enter the branch code given by the central library (2 to 5 capital Latin letters, such as BST) and its name.</source>
        <translation>На этом компьютере филиал ещё не настроен. Введите код филиала, выданный центральной библиотекой (от 2 до 5 заглавных латинских букв, например BST), и его название.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="211"/>
        <source>Branch code</source>
        <translation>Код филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="211"/>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="211"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
</context>
<context>
    <name>BranchTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="211"/>
        <source>Branch code</source>
        <translation>Код филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="212"/>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="213"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="214"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="218"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="527"/>
        <source>New Year</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="527"/>
        <source>Nauryz</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="531"/>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="532"/>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="536"/>
        <source>Unity Day of the People of Kazakhstan</source>
        <translation>День единства народа Казахстана</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="537"/>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="538"/>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="539"/>
        <source>Capital Day</source>
        <translation>День столицы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="540"/>
        <source>Constitution Day</source>
        <translation>День Конституции</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="541"/>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="542"/>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="549"/>
        <source>Weekly days off</source>
        <translation>Выходные дни недели</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="550"/>
        <source>At least one day of the week stays open.</source>
        <translation>Хотя бы один день недели должен быть рабочим.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="551"/>
        <source>Closed dates</source>
        <translation>Нерабочие дни</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="552"/>
        <location filename="../branchdesk/ui/settings.py" line="553"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="552"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="552"/>
        <location filename="../branchdesk/ui/settings.py" line="555"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="554"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="556"/>
        <source>Repairs, Kurban Ait, no heating…</source>
        <translation>Ремонт, Курбан айт, нет отопления…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="557"/>
        <source>Add closed dates</source>
        <translation>Добавить нерабочие дни</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="558"/>
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="559"/>
        <source>National holidays (always closed)</source>
        <translation>Государственные праздники (всегда выходные)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="562"/>
        <source>Kurban Ait and the days off moved by government decree change every year: add them as closed dates.</source>
        <translation>Курбан айт и выходные, перенесённые постановлением правительства, каждый год выпадают на разные даты: добавляйте их как нерабочие дни.</translation>
    </message>
</context>
<context>
    <name>CatalogueScreen</name>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="269"/>
        <location filename="../branchdesk/ui/catalogue.py" line="294"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="270"/>
        <location filename="../branchdesk/ui/catalogue.py" line="389"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="271"/>
        <location filename="../branchdesk/ui/catalogue.py" line="390"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="272"/>
        <location filename="../branchdesk/ui/catalogue.py" line="296"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="273"/>
        <location filename="../branchdesk/ui/catalogue.py" line="297"/>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="295"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="321"/>
        <source>Lent</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="322"/>
        <source>Reader card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="323"/>
        <source>Due</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="324"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/app.py" line="50"/>
        <location filename="../branchdesk/ui/catalogue.py" line="378"/>
        <source>Catalogue</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="382"/>
        <source>Find a copy: title, author, barcode or inventory number</source>
        <translation>Поиск экземпляра: заглавие, автор, штрихкод или инвентарный номер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="384"/>
        <source>Quick add…</source>
        <translation>Быстрое добавление…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="385"/>
        <source>Catalogue a donated book and its copy</source>
        <translation>Внести в каталог подаренную книгу и её экземпляр</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="386"/>
        <source>Choose a copy to see its record, copies and loan history.</source>
        <translation>Выберите экземпляр, чтобы увидеть описание издания, все его экземпляры и историю выдач.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="387"/>
        <source>Record</source>
        <translation>Описание издания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="391"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="392"/>
        <source>Publisher</source>
        <translation>Издательство</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="393"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="394"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="395"/>
        <source>BBK index</source>
        <translation>Индекс ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="396"/>
        <source>Diary section</source>
        <translation>Раздел дневника</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="402"/>
        <source>Copies of this title</source>
        <translation>Экземпляры этого издания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="403"/>
        <source>Mark lost</source>
        <translation>Отметить как утерянный</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="404"/>
        <source>Write off</source>
        <translation>Списать</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="405"/>
        <source>Found: back on the shelf</source>
        <translation>Найден — вернуть на полку</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="406"/>
        <source>Library use only</source>
        <translation>Только для чтения в библиотеке</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="407"/>
        <source>Loan history of this copy, newest first</source>
        <translation>История выдач экземпляра (сначала новые)</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/catalogue.py" line="426"/>
        <source>The first %n copies; type more to narrow the search.</source>
        <translation>
            <numerusform>Показан первый %n экземпляр; уточните запрос.</numerusform>
            <numerusform>Показаны первые %n экземпляра; уточните запрос.</numerusform>
            <numerusform>Показаны первые %n экземпляров; уточните запрос.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/catalogue.py" line="428"/>
        <source>%n copies found</source>
        <translation>
            <numerusform>Найден %n экземпляр</numerusform>
            <numerusform>Найдено %n экземпляра</numerusform>
            <numerusform>Найдено %n экземпляров</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="516"/>
        <source>Copy {barcode}: {status}</source>
        <translation>Экземпляр {barcode}: {status}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="534"/>
        <source>Copy {barcode} is now: {status}.</source>
        <translation>Экземпляр {barcode}: новый статус — «{status}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="541"/>
        <source>Copy {barcode} was not changed.</source>
        <translation>Экземпляр {barcode} не изменён.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="543"/>
        <source>Not changed</source>
        <translation>Не изменено</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="555"/>
        <source>Added «{title}», copy {barcode}.</source>
        <translation>Добавлено: «{title}», экземпляр {barcode}.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="82"/>
        <source>Confirm</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="87"/>
        <source>Reason to go ahead (kept in the journal):</source>
        <translation>Причина, по которой продолжаете (сохраняется в журнале):</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="95"/>
        <source>Go ahead</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="178"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="179"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="180"/>
        <source>Lent</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="181"/>
        <source>Due</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="182"/>
        <source>Renewed</source>
        <translation>Продлений</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="275"/>
        <source>Desk</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="278"/>
        <source>Lend (F2)</source>
        <translation>Выдача (F2)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="279"/>
        <source>Return (F3)</source>
        <translation>Возврат (F3)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="280"/>
        <source>Count visit (F7)</source>
        <translation>Отметить посещение (F7)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="281"/>
        <source>Clear (Esc)</source>
        <translation>Очистить (Esc)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="282"/>
        <source>Renew selected (F5)</source>
        <translation>Продлить выбранные (F5)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="283"/>
        <source>Renew all (F6)</source>
        <translation>Продлить все (F6)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="284"/>
        <source>Re-register (F8)</source>
        <translation>Перерегистрировать (F8)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="285"/>
        <source>What happened</source>
        <translation>Последние действия</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="293"/>
        <source>Return: scan the books being brought back</source>
        <translation>Возврат: сканируйте возвращаемые книги</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="295"/>
        <source>Scan a reader&apos;s card, or a book to take back</source>
        <translation>Сканируйте читательский билет или книгу для возврата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="297"/>
        <source>Scan the books to lend, or another card</source>
        <translation>Сканируйте книги для выдачи или другой билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="362"/>
        <source>Lent: «{title}» ({barcode}), due {due}</source>
        <translation>Выдано: «{title}» ({barcode}), срок возврата {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="376"/>
        <source>Returned: «{title}» ({barcode}) from {card}</source>
        <translation>Возвращено: «{title}» ({barcode}), читатель {card}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="407"/>
        <source>Not done: the librarian did not confirm.</source>
        <translation>Не выполнено: библиотекарь не подтвердил.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="461"/>
        <source>No reader open. Scan a reader&apos;s card.</source>
        <translation>Читатель не выбран. Сканируйте читательский билет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="473"/>
        <source>Card {card} · valid until {valid}</source>
        <translation>Билет {card} · действует до {valid}</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/desk.py" line="477"/>
        <source>%n book(s) on loan</source>
        <translation>
            <numerusform>На руках %n книга</numerusform>
            <numerusform>На руках %n книги</numerusform>
            <numerusform>На руках %n книг</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="495"/>
        <source>Active reader</source>
        <translation>Читатель активен</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="548"/>
        <source>Renewed: «{title}», now due {due}</source>
        <translation>Продлено: «{title}», новый срок возврата {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="562"/>
        <source>Re-registered for {year}; card valid until {valid}</source>
        <translation>Перерегистрация на {year} год выполнена; билет действует до {valid}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="573"/>
        <source>Visit counted.</source>
        <translation>Посещение отмечено.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="575"/>
        <source>This reader&apos;s visit is already counted today.</source>
        <translation>Посещение этого читателя сегодня уже отмечено.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="603"/>
        <source>This session: lent {lent}, returned {returned}</source>
        <translation>С начала работы: выдано — {lent}, возвращено — {returned}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../branchdesk/ui/events.py" line="408"/>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="408"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="410"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="411"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="412"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="413"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="414"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="415"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="416"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="417"/>
        <source>Attendance, total</source>
        <translation>Участников всего</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="418"/>
        <source>of them children up to 14</source>
        <translation>из них детей до 14 лет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="419"/>
        <source>of them youth</source>
        <translation>из них молодёжи</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="420"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="421"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="425"/>
        <source>Edit programmes…</source>
        <translation>Изменить программы…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="426"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="427"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="435"/>
        <location filename="../branchdesk/ui/events.py" line="449"/>
        <source>(no programme)</source>
        <translation>(вне программы)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="497"/>
        <source>Children ({children}) and youth ({youth}) together are more than the total ({total}): they are counted within the total.</source>
        <translation>Детей ({children}) и молодёжи ({youth}) вместе больше, чем участников всего ({total}): они входят в общее число.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="525"/>
        <source>Give the event a title.</source>
        <translation>Укажите название мероприятия.</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <location filename="../branchdesk/ui/events.py" line="85"/>
        <source>book exhibition</source>
        <translation>книжная выставка</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="86"/>
        <source>literary evening</source>
        <translation>литературный вечер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="87"/>
        <source>reading hour</source>
        <translation>час чтения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="88"/>
        <source>talk</source>
        <translation>беседа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="89"/>
        <source>book review</source>
        <translation>обзор книг</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="90"/>
        <source>contest</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="91"/>
        <source>meeting with an author</source>
        <translation>встреча с автором</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="92"/>
        <source>reading aloud</source>
        <translation>громкие чтения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="93"/>
        <location filename="../branchdesk/ui/events.py" line="110"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="98"/>
        <source>children</source>
        <translation>дети</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="99"/>
        <source>youth</source>
        <translation>молодёжь</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="100"/>
        <source>adults</source>
        <translation>взрослые</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="101"/>
        <source>everyone</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="108"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="109"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="115"/>
        <source>thematic</source>
        <translation>тематическая</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="116"/>
        <source>address</source>
        <translation>адресная</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="117"/>
        <source>clarifying</source>
        <translation>уточняющая</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="118"/>
        <source>factual</source>
        <translation>фактографическая</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../branchdesk/ui/events.py" line="637"/>
        <location filename="../branchdesk/ui/events.py" line="696"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="638"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="639"/>
        <location filename="../branchdesk/ui/events.py" line="697"/>
        <location filename="../branchdesk/ui/events.py" line="768"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="640"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="641"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="642"/>
        <source>Attended</source>
        <translation>Участников</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="643"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="644"/>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="667"/>
        <location filename="../branchdesk/ui/events.py" line="754"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="668"/>
        <location filename="../branchdesk/ui/events.py" line="754"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="669"/>
        <location filename="../branchdesk/ui/events.py" line="699"/>
        <source>Card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="698"/>
        <location filename="../branchdesk/ui/events.py" line="768"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/app.py" line="51"/>
        <location filename="../branchdesk/ui/events.py" line="736"/>
        <location filename="../branchdesk/ui/events.py" line="739"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="740"/>
        <source>Enquiries and refusals</source>
        <translation>Справки и отказы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="741"/>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="742"/>
        <source>Edit event…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="751"/>
        <source>Enquiry</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="754"/>
        <location filename="../branchdesk/ui/events.py" line="768"/>
        <source>Reader card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="763"/>
        <source>Record enquiry</source>
        <translation>Записать справку</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="764"/>
        <source>Today&apos;s enquiries</source>
        <translation>Справки за сегодня</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="765"/>
        <source>Refusal (a title the branch does not have)</source>
        <translation>Отказ (издания нет в филиале)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="772"/>
        <source>Record refusal</source>
        <translation>Записать отказ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="773"/>
        <source>Refusals this month</source>
        <translation>Отказы за этот месяц</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="775"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="780"/>
        <source>Events in {month} {year}</source>
        <translation>Мероприятия: {month} {year}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="787"/>
        <source>Events this month: {count}. Attended: {total}, of them children {children}, youth {youth}.</source>
        <translation>Мероприятий за месяц: {count}. Участников: {total}, из них детей — {children}, молодёжи — {youth}.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../branchdesk/ui/login.py" line="79"/>
        <source>Branch administrator</source>
        <translation>Администратор филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="82"/>
        <source>This is the first start at this branch. Create the administrator&apos;s account: the administrator sets the rules and adds the other librarians.</source>
        <translation>В этом филиале работа начинается впервые. Создайте учётную запись администратора: администратор задаёт правила и добавляет остальных библиотекарей.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="89"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="90"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="91"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="92"/>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="100"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="157"/>
        <source>Lent</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="158"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="159"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="160"/>
        <source>Due</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="161"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="181"/>
        <source>on loan</source>
        <translation>на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="198"/>
        <source>Loan history: {name} ({card})</source>
        <translation>История выдач: {name} ({card})</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="202"/>
        <source>%n loan(s) since registration</source>
        <translation>
            <numerusform>%n выдача с момента регистрации</numerusform>
            <numerusform>%n выдачи с момента регистрации</numerusform>
            <numerusform>%n выдач с момента регистрации</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLockTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="796"/>
        <source>Lock the desk after this many minutes without use</source>
        <translation>Блокировать рабочее место после простоя в течение</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="797"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="800"/>
        <source>A locked desk hides the reader&apos;s data and asks for a password; another librarian may sign in.</source>
        <translation>Заблокированное рабочее место скрывает данные читателя и запрашивает пароль; войти может и другой библиотекарь.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="804"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="160"/>
        <source>Language of the desk</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="161"/>
        <source>The desk changes language at once and starts in it next time.</source>
        <translation>Язык меняется сразу, и в следующий раз программа откроется на нём же.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../branchdesk/ui/login.py" line="138"/>
        <source>The desk is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="141"/>
        <source>The desk locked itself after a pause. {name}, enter your password to go on, or another librarian may sign in.</source>
        <translation>Рабочее место заблокировалось после перерыва в работе. {name}, введите пароль, чтобы продолжить, или пусть войдёт другой библиотекарь.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="146"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="147"/>
        <source>Sign in to the branch desk.</source>
        <translation>Войдите, чтобы начать работу в филиале.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="148"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="149"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="154"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="102"/>
        <source>branchdesk — {branch}</source>
        <translation>branchdesk — филиал {branch}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="127"/>
        <source>Branch {branch}</source>
        <translation>Филиал {branch}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="130"/>
        <source>At the desk: {name}</source>
        <translation>Библиотекарь: {name}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="133"/>
        <source>Waiting to be sent: {pending} · last sync: never</source>
        <translation>Ожидают отправки: {pending} · синхронизации ещё не было</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../branchdesk/ui/events.py" line="221"/>
        <location filename="../branchdesk/ui/events.py" line="294"/>
        <source>Programmes</source>
        <translation>Программы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="223"/>
        <source>Ticked programmes are offered for new events; untick one that has ended.</source>
        <translation>Отмеченные программы предлагаются для новых мероприятий; с завершённой программы снимите отметку.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="225"/>
        <source>Programme name</source>
        <translation>Название программы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="226"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="227"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="295"/>
        <source>“{new}” is already in the list. Merge “{old}” into it?</source>
        <translation>Программа «{new}» уже есть в списке. Объединить с ней «{old}»?</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="176"/>
        <source>Quick add: a donated book</source>
        <translation>Быстрое добавление: книга в дар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="178"/>
        <source>Title *</source>
        <translation>Заглавие *</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="179"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="180"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="181"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="182"/>
        <source>BBK index</source>
        <translation>Индекс ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="183"/>
        <source>Barcode (scan it) *</source>
        <translation>Штрихкод (отсканируйте) *</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="184"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="185"/>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="191"/>
        <source>Surname I. O., several separated by ;</source>
        <translation>Фамилия И. О.; несколько — через «;»</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="192"/>
        <source>for example 84(5Каз)</source>
        <translation>например, 84(5Каз)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="193"/>
        <source>shelf or room</source>
        <translation>стеллаж или зал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="197"/>
        <source>Add to catalogue</source>
        <translation>Добавить в каталог</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="198"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="208"/>
        <source>Counted in the diary under: {section}</source>
        <translation>В дневнике учитывается в разделе: {section}</translation>
    </message>
</context>
<context>
    <name>ReaderForm</name>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="83"/>
        <source>preschool child</source>
        <translation>дошкольник</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="84"/>
        <source>pupil</source>
        <translation>учащийся</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="85"/>
        <source>student</source>
        <translation>студент</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="86"/>
        <source>employee</source>
        <translation>служащий</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="87"/>
        <source>worker</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="88"/>
        <source>pensioner</source>
        <translation>пенсионер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="89"/>
        <source>unemployed</source>
        <translation>безработный</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="90"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="250"/>
        <source>New reader</source>
        <translation>Новый читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="252"/>
        <source>Reader {card}</source>
        <translation>Читатель {card}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="254"/>
        <source>Fields marked * are required. Dates: dd.mm.yyyy.</source>
        <translation>Поля со звёздочкой (*) обязательны. Даты: дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="255"/>
        <source>Reader</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="256"/>
        <source>Address and phone</source>
        <translation>Адрес и телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="257"/>
        <source>Consent and notes</source>
        <translation>Согласие и примечания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="258"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="259"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="262"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="263"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="264"/>
        <location filename="../branchdesk/ui/reader_form.py" line="419"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="265"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="272"/>
        <source>Language of service</source>
        <translation>Язык обслуживания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="273"/>
        <source>{field} *</source>
        <translation>{field}&#xa0;*</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="275"/>
        <source>Guarantor (required for a child up to {age})</source>
        <translation>Поручитель (обязателен для ребёнка до {age} лет)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="279"/>
        <source>Guarantor (for children)</source>
        <translation>Поручитель (для детей)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="416"/>
        <source>{card}   {name}, born {birth}</source>
        <translation>{card}   {name}, дата рождения: {birth}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="425"/>
        <source>Already registered?</source>
        <translation>Уже зарегистрирован?</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="427"/>
        <source>Maybe already registered:

{readers}

Register a new card anyway?</source>
        <translation>Возможно, читатель уже зарегистрирован:

{readers}

Всё равно завести новый билет?</translation>
    </message>
</context>
<context>
    <name>ReadersScreen</name>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="221"/>
        <source>Card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="222"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="223"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="224"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/app.py" line="49"/>
        <location filename="../branchdesk/ui/readers.py" line="332"/>
        <location filename="../branchdesk/ui/readers.py" line="442"/>
        <source>Readers</source>
        <translation>Читатели</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="335"/>
        <source>Search: name, card, ИИН or phone, any script</source>
        <translation>Поиск: ФИО, билет, ИИН или телефон (кириллицей или латиницей)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="336"/>
        <source>New reader</source>
        <translation>Новый читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="337"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="338"/>
        <source>Re-register</source>
        <translation>Перерегистрировать</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="339"/>
        <source>Block…</source>
        <translation>Заблокировать…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="340"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="341"/>
        <source>History</source>
        <translation>История выдач</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="342"/>
        <source>Find a reader on the left, or register a new one.</source>
        <translation>Найдите читателя в списке слева или зарегистрируйте нового.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="355"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="356"/>
        <source>Language of service</source>
        <translation>Язык обслуживания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="357"/>
        <source>Card valid until</source>
        <translation>Билет действует до</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="358"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="359"/>
        <source>Re-registered</source>
        <translation>Перерегистрации</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="360"/>
        <source>Consent given</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="361"/>
        <source>On loan now</source>
        <translation>Сейчас на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="386"/>
        <source>The first {limit} readers; type more to narrow down.</source>
        <translation>Показаны только первые {limit}; уточните запрос.</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="390"/>
        <source>%n reader(s) found</source>
        <translation>
            <numerusform>Найден %n читатель</numerusform>
            <numerusform>Найдено %n читателя</numerusform>
            <numerusform>Найдено %n читателей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="458"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="458"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="466"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="466"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="472"/>
        <source>not yet</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="481"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="484"/>
        <source>{date}, age {age}</source>
        <translation>{date}, возраст: {age}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="487"/>
        <source>flat {flat}</source>
        <translation>кв. {flat}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="501"/>
        <source>{status}: {reason}</source>
        <translation>{status}, причина: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="502"/>
        <source>{status} until {until}: {reason}</source>
        <translation>{status} до {until}, причина: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="511"/>
        <source>{date} (expired: re-register)</source>
        <translation>{date} (истёк — перерегистрируйте)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="519"/>
        <source>{count} (overdue: {late})</source>
        <translation>{count} (просрочено: {late})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="543"/>
        <source>Already registered for {year}.</source>
        <translation>На {year} год уже зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="580"/>
        <source>Saved: {name}, card {card}.</source>
        <translation>Сохранено: {name}, билет {card}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="596"/>
        <source>{name} is re-registered for {year}; card valid until {valid}.</source>
        <translation>{name}: перерегистрация на {year} год выполнена, билет действует до {valid}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="619"/>
        <source>{name} is blocked.</source>
        <translation>{name}: читатель заблокирован.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="630"/>
        <source>{name} may borrow again.</source>
        <translation>{name}: читатель разблокирован, книги можно выдавать.</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="261"/>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="262"/>
        <source>Preschool children</source>
        <translation>Дошкольники</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="263"/>
        <source>Pupils</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="264"/>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="265"/>
        <source>Employees and specialists</source>
        <translation>Служащие и специалисты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="266"/>
        <source>Workers</source>
        <translation>Рабочие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="267"/>
        <source>Pensioners</source>
        <translation>Пенсионеры</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="268"/>
        <source>Unemployed</source>
        <translation>Безработные</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="269"/>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="274"/>
        <source>Any type</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="275"/>
        <source>Books</source>
        <translation>Книги</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="276"/>
        <source>Periodicals</source>
        <translation>Периодика</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="277"/>
        <source>Audio and video</source>
        <translation>Аудио и видео</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="315"/>
        <location filename="../branchdesk/ui/settings.py" line="387"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="373"/>
        <source>Reader group</source>
        <translation>Группа читателей</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="374"/>
        <source>Item type</source>
        <translation>Вид издания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="375"/>
        <source>Loan days</source>
        <translation>Срок выдачи, дней</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="376"/>
        <source>Max loans</source>
        <translation>Макс. на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="377"/>
        <source>Max renewals</source>
        <translation>Макс. продлений</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="378"/>
        <source>Renewal days</source>
        <translation>Продление, дней</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="388"/>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="389"/>
        <source>Save rules</source>
        <translation>Сохранить правила</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="392"/>
        <source>The most specific rule applies: group and type, then the group with any type, then any group with the type, then the first row (any group, any type). Due dates that fall on a closed day move to the next open day.</source>
        <translation>Действует самое точное правило: для группы и вида, затем для группы с любым видом, затем для любой группы с этим видом, и наконец первая строка (любая группа, любой вид). Если срок возврата выпадает на нерабочий день, он переносится на следующий рабочий.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../branchdesk/ui/app.py" line="53"/>
        <location filename="../branchdesk/ui/settings.py" line="846"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="852"/>
        <source>Only a branch admin can change settings.</source>
        <translation>Изменять настройки может только администратор филиала.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="865"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="908"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="909"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="910"/>
        <source>Loan rules</source>
        <translation>Правила выдачи</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="911"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="912"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="913"/>
        <source>Idle lock</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="918"/>
        <source>Only a branch admin can change settings; you can see them here.</source>
        <translation>Изменять настройки может только администратор филиала; вы можете их только просматривать.</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="585"/>
        <location filename="../branchdesk/ui/settings.py" line="744"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="586"/>
        <location filename="../branchdesk/ui/settings.py" line="745"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="587"/>
        <location filename="../branchdesk/ui/settings.py" line="746"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="588"/>
        <source>Active</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="654"/>
        <source>Branch admin</source>
        <translation>Администратор филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="655"/>
        <source>Librarian</source>
        <translation>Библиотекарь</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="658"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="658"/>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="712"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Пароли не совпадают; введите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="722"/>
        <source>Choose an account in the list.</source>
        <translation>Выберите учётную запись в списке.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="723"/>
        <location filename="../branchdesk/ui/settings.py" line="728"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="726"/>
        <source>{name} ({login})</source>
        <translation>{name}, логин: {login}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="728"/>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="739"/>
        <source>Selected account</source>
        <translation>Выбранная учётная запись</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="740"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="742"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="743"/>
        <location filename="../branchdesk/ui/settings.py" line="748"/>
        <source>Repeat it</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="747"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="754"/>
        <source>Set new password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="755"/>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="61"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="62"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="63"/>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="66"/>
        <source>Social and political</source>
        <translation>Общественно-политическая литература</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="67"/>
        <source>Natural science and medicine</source>
        <translation>Естественные науки и медицина</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="68"/>
        <source>Technology</source>
        <translation>Техника</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="69"/>
        <source>Agriculture</source>
        <translation>Сельское хозяйство</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="70"/>
        <source>Arts and sport</source>
        <translation>Искусство и спорт</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="71"/>
        <source>Fiction</source>
        <translation>Художественная литература</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="72"/>
        <source>Other subjects</source>
        <translation>Прочие отрасли</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="73"/>
        <source>Not classified</source>
        <translation>Без классификации</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="86"/>
        <source>{barcode}: needs a librarian&apos;s confirmation:</source>
        <translation>{barcode}: нужно подтверждение библиотекаря:</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="90"/>
        <source>  To go ahead, repeat with --override &quot;REASON&quot;.</source>
        <translation>  Чтобы продолжить, повторите команду с --override &quot;ПРИЧИНА&quot;.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="92"/>
        <source>{barcode}: not done:</source>
        <translation>{barcode}: не выполнено:</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="117"/>
        <source>{barcode} «{title}» lent to {card}, due {due}</source>
        <translation>{barcode} «{title}» выдан читателю {card}, срок возврата {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="134"/>
        <source>{barcode} «{title}» returned by {card}</source>
        <translation>{barcode} «{title}» возвращён читателем {card}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="140"/>
        <source>{barcode} is back on the shelf</source>
        <translation>{barcode} снова на полке</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="153"/>
        <source>{barcode} «{title}» renewed, now due {due}</source>
        <translation>{barcode} «{title}» продлён, новый срок возврата {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="130"/>
        <source>never</source>
        <comment>last sync: never</comment>
        <translation>ещё не было</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="132"/>
        <source>Branch {branch} ({path})</source>
        <translation>Филиал {branch} ({path})</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="133"/>
        <source>Readers: {readers}</source>
        <translation>Читатели: {readers}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="134"/>
        <source>Catalogue: {records} titles, {items} copies, {on_loan} on loan</source>
        <translation>Каталог: названий — {records}, экземпляров — {items}, из них выдано — {on_loan}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="135"/>
        <source>Loans: {open} open, {overdue} overdue, {total} in all</source>
        <translation>Выдачи: на руках — {open}, просрочено — {overdue}, всего — {total}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="136"/>
        <source>Journal: {pending} operations waiting to be sent, {journal} in all</source>
        <translation>Журнал: ожидают отправки — {pending}, всего операций — {journal}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="137"/>
        <source>Last sync: {last_sync}</source>
        <translation>Последняя синхронизация: {last_sync}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="138"/>
        <source>Conflicts: {conflicts}</source>
        <translation>Конфликты: {conflicts}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="53"/>
        <source>Branch {branch} is ready in {path}</source>
        <translation>Филиал {branch} готов к работе: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="82"/>
        <source>Demo branch {branch}: readers {readers}, copies {items}, loans {loans} (open {open}), in {path}</source>
        <translation>Демо-филиал {branch}: читателей {readers}, экземпляров {items}, выдач {loans} (на руках {open}), база: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="109"/>
        <source>Backup written to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="135"/>
        <source>The current database was saved to {path}</source>
        <translation>Копия текущей базы данных сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="143"/>
        <source>Restored {source} into {path}</source>
        <translation>База данных {path} восстановлена из копии {source}</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="37"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="38"/>
        <source>An unexpected error. What you saved is safe; the details are in {path}.</source>
        <translation>Непредвиденная ошибка. Всё сохранённое цело; подробности — в файле {path}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../branchdesk/messages.py" line="90"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="91"/>
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: слишком длинно (максимум символов: {max}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="92"/>
        <source>{field}: this does not look like a name.</source>
        <translation>{field}: это не похоже на имя.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="93"/>
        <source>{field}: contains characters not allowed.</source>
        <translation>{field}: содержит недопустимые символы.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="94"/>
        <source>{field}: the date is in the future.</source>
        <translation>{field}: дата ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="95"/>
        <source>{field}: the date is in the past.</source>
        <translation>{field}: дата уже прошла.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="96"/>
        <source>{field}: an ИИН has exactly 12 digits.</source>
        <translation>{field}: ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="97"/>
        <source>{field}: the 7th digit of an ИИН must be 1 to 6.</source>
        <translation>{field}: седьмая цифра ИИН должна быть от 1 до 6.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="98"/>
        <source>{field}: the first six digits are not a real birth date.</source>
        <translation>{field}: первые шесть цифр не дают настоящую дату рождения.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="101"/>
        <source>{field}: the check digit is wrong; look for a mistyped digit.</source>
        <translation>{field}: не сходится контрольная цифра; проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="104"/>
        <source>{field}: such an ИИН is never issued.</source>
        <translation>{field}: такой ИИН никогда не выдаётся.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="105"/>
        <source>{field}: differs from the birth date in the ИИН.</source>
        <translation>{field}: не совпадает с датой рождения в ИИН.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="108"/>
        <source>{field}: differs from the ИИН.</source>
        <translation>{field}: не совпадает с ИИН.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="109"/>
        <source>{field}: a child registers with a parent or guardian as guarantor.</source>
        <translation>{field}: ребёнка записывают только с поручителем — родителем или опекуном.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="112"/>
        <source>{field}: unknown group {category}.</source>
        <translation>{field}: неизвестная группа «{category}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="113"/>
        <source>{field}: must be m or f.</source>
        <translation>{field}: укажите m (мужской) или f (женский).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="114"/>
        <source>Barcode {barcode} is already on another copy.</source>
        <translation>Штрихкод {barcode} уже присвоен другому экземпляру.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="115"/>
        <source>{field}: {year} is not a possible year.</source>
        <translation>{field}: {year} — невозможный год.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="116"/>
        <source>A copy cannot be set to “{status}” by hand.</source>
        <translation>Статус «{status}» нельзя поставить экземпляру вручную.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="119"/>
        <source>A copy that is “{old}” cannot be made “{new}”.</source>
        <translation>Экземпляр со статусом «{old}» нельзя перевести в статус «{new}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="122"/>
        <source>Copy {barcode} is on loan; take it back first.</source>
        <translation>Экземпляр {barcode} выдан; сначала оформите возврат.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="123"/>
        <source>{field}: counts cannot be negative.</source>
        <translation>{field}: число не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="124"/>
        <source>{field}: children and youth together exceed the total of {total}.</source>
        <translation>{field}: дети и молодёжь вместе превышают общее число ({total}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="127"/>
        <source>Give a reason to go ahead despite the warning.</source>
        <translation>Чтобы продолжить несмотря на предупреждение, укажите причину.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="130"/>
        <source>{field}: letters, digits, dots and underscores only.</source>
        <translation>{field}: только буквы, цифры, точки и знаки подчёркивания.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="133"/>
        <source>{field}: {login} is already taken.</source>
        <translation>{field}: «{login}» уже занят.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="134"/>
        <source>{field}: at least {min} characters.</source>
        <translation>{field}: слишком короткий (минимум символов: {min}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="135"/>
        <source>“{code}” is not a branch code: 2 to 5 capital Latin letters, such as BST.</source>
        <translation>«{code}» — не код филиала: нужно от 2 до 5 заглавных латинских букв, например BST.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="138"/>
        <source>This database belongs to branch {found}, not {wanted}.</source>
        <translation>Эта база данных принадлежит филиалу {found}, а не {wanted}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="141"/>
        <source>No branch is set up yet ({path}). Run “branchdesk init --branch CODE --name NAME” or “branchdesk demo”.</source>
        <translation>Филиал ещё не настроен ({path}). Выполните «branchdesk init --branch CODE --name NAME» или «branchdesk demo».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="146"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен, ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="149"/>
        <source>The database {path} is read-only; nothing was saved. Check its permissions.</source>
        <translation>База данных {path} доступна только для чтения, ничего не сохранено. Проверьте права доступа.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="152"/>
        <source>The database {path} is damaged. Restore the latest backup with “branchdesk restore FILE”.</source>
        <translation>База данных {path} повреждена. Восстановите последнюю резервную копию командой «branchdesk restore FILE».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="156"/>
        <source>The database {path} cannot be opened. Check the folder and its permissions.</source>
        <translation>Не удаётся открыть базу данных {path}. Проверьте папку и права доступа к ней.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="159"/>
        <source>The database {path} is busy in another program. Try again in a moment.</source>
        <translation>База данных {path} занята другой программой. Повторите чуть позже.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="162"/>
        <source>The disk could not be read or written ({path}). Check the disk.</source>
        <translation>Не удалось прочитать или записать данные на диск ({path}). Проверьте диск.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="165"/>
        <source>{path} is not a branchdesk database.</source>
        <translation>{path} — не база данных branchdesk.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="166"/>
        <source>The database {path} was written by a newer branchdesk (schema {found}; this version knows {known}). Install the newer version.</source>
        <translation>База данных {path} записана более новой версией branchdesk (схема {found}, а эта версия знает только до {known}). Установите новую версию.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="171"/>
        <source>Updating {path} would break links between records; it was left unchanged.</source>
        <translation>Обновление {path} нарушило бы связи между записями, поэтому база данных оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="174"/>
        <source>{field}: must be at least 1.</source>
        <translation>{field}: должно быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="175"/>
        <source>This title is no longer in the catalogue.</source>
        <translation>Этого издания больше нет в каталоге.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="176"/>
        <source>{field}: {language} is not a language of the desk.</source>
        <translation>{field}: языка интерфейса «{language}» нет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="179"/>
        <source>{field}: must be from {min} to {max}.</source>
        <translation>{field}: допустимо от {min} до {max}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="180"/>
        <source>{field}: unknown item type {item_type}.</source>
        <translation>{field}: неизвестный вид издания «{item_type}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="181"/>
        <source>{field}: two rules for group {category} and item type {item_type}; keep one.</source>
        <translation>{field}: два правила для группы «{category}» и вида «{item_type}»; оставьте одно.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="184"/>
        <source>The loan rules need a row for any group and any item type.</source>
        <translation>В правилах выдачи нужна строка «любая группа, любой вид».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="187"/>
        <source>{field}: the branch must be open on at least one day of the week.</source>
        <translation>{field}: филиал должен работать хотя бы один день в неделю.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="190"/>
        <source>{field}: the closed dates end before they start.</source>
        <translation>{field}: дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="193"/>
        <source>{field}: a closed period is at most {max} days.</source>
        <translation>{field}: нерабочий период не может быть длиннее {max} дн.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="196"/>
        <source>No staff account {login}.</source>
        <translation>Учётной записи «{login}» нет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="197"/>
        <source>{login} is the last active branch admin; make another admin first.</source>
        <translation>«{login}» — последний активный администратор филиала; сначала назначьте другого администратора.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="200"/>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не найден.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="201"/>
        <source>The backup {path} belongs to branch {found}, not to this branch {wanted}.</source>
        <translation>Резервная копия {path} принадлежит филиалу {found}, а не этому филиалу ({wanted}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="204"/>
        <source>{pending} operations have not reached the central library yet and would be lost. Sync first, or repeat with --force (the current database is kept in {path}).</source>
        <translation>Операций, ещё не переданных в центральную библиотеку: {pending}; при восстановлении они пропадут. Сначала выполните синхронизацию или повторите команду с --force (текущая база сохранена в {path}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="209"/>
        <source>{path} is the branch database itself; choose another file for the backup.</source>
        <translation>{path} — это сама база филиала; для резервной копии выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="212"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Не удаётся использовать {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="213"/>
        <source>This branch has used up its card numbers; ask the central library.</source>
        <translation>У филиала закончились номера читательских билетов; обратитесь в центральную библиотеку.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="216"/>
        <source>Card {card} is “{status}”; only an active reader can be blocked.</source>
        <translation>Билет {card}: статус «{status}»; заблокировать можно только действующего читателя.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="219"/>
        <source>{field}: this ИИН already belongs to reader {card}.</source>
        <translation>{field}: этот ИИН уже указан у читателя {card}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="222"/>
        <source>“{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{value}» — это не дата (пишите в виде ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="223"/>
        <source>The branch already has {readers} readers; demo data goes into a new one.</source>
        <translation>В филиале уже есть читатели ({readers}); демо-данные загружаются только в новый филиал.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../branchdesk/ui/feedback.py" line="33"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../branchdesk/messages.py" line="247"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="248"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="249"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="250"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="251"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="252"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="253"/>
        <source>Reader group</source>
        <translation>Группа читателей</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="254"/>
        <source>School or workplace</source>
        <translation>Место учёбы или работы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="255"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="256"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="257"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="258"/>
        <source>House</source>
        <translation>Дом</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="259"/>
        <source>Flat</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="260"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="261"/>
        <source>Guarantor</source>
        <translation>Поручитель</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="262"/>
        <source>Guarantor&apos;s ИИН</source>
        <translation>ИИН поручителя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="263"/>
        <source>Guarantor&apos;s phone</source>
        <translation>Телефон поручителя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="264"/>
        <source>Consent to data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="265"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="266"/>
        <source>Card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="267"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="268"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="269"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="270"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="271"/>
        <source>Publisher</source>
        <translation>Издательство</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="272"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="273"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="274"/>
        <source>BBK index</source>
        <translation>Индекс ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="275"/>
        <source>UDC index</source>
        <translation>Индекс УДК</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="276"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="277"/>
        <source>Until</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="278"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="279"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="280"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="281"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="282"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="283"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="284"/>
        <source>Attendance</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="285"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="286"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="287"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="288"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="289"/>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="290"/>
        <source>Staff login</source>
        <translation>Логин сотрудника</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="291"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="292"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="293"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="294"/>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="295"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="296"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="297"/>
        <source>Days off</source>
        <translation>Выходные дни</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="298"/>
        <source>Item type</source>
        <translation>Вид издания</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="299"/>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="300"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="301"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="302"/>
        <source>Loan days</source>
        <translation>Срок выдачи (дней)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="303"/>
        <source>Max loans</source>
        <translation>Максимум книг на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="304"/>
        <source>Max renewals</source>
        <translation>Максимум продлений</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="305"/>
        <source>Renewal days</source>
        <translation>Срок продления (дней)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="306"/>
        <source>Idle lock (minutes)</source>
        <translation>Автоблокировка (минут)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="307"/>
        <source>Readers</source>
        <translation>Читатели</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="308"/>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="309"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="310"/>
        <source>Due date</source>
        <translation>Срок возврата</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../branchdesk/messages.py" line="14"/>
        <source>“{barcode}” is not a barcode. Scan the book&apos;s barcode again.</source>
        <translation>«{barcode}» — это не штрихкод. Отсканируйте штрихкод книги ещё раз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="17"/>
        <source>“{card}” is not a reader card number (it looks like BST-000123).</source>
        <translation>«{card}» — это не номер читательского билета (номер выглядит так: BST-000123).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="20"/>
        <source>No copy with barcode {barcode} in this branch&apos;s catalogue.</source>
        <translation>В каталоге филиала нет экземпляра со штрихкодом {barcode}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="23"/>
        <source>No reader with card {card}.</source>
        <translation>Читатель с билетом {card} не найден.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="24"/>
        <source>Copy {barcode} is written off and cannot be lent.</source>
        <translation>Экземпляр {barcode} списан, выдавать его нельзя.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="27"/>
        <source>Card {card} is cancelled.</source>
        <translation>Читательский билет {card} аннулирован.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="28"/>
        <source>Card {card} was reported lost. Ask for an identity document.</source>
        <translation>Билет {card} заявлен как утерянный. Попросите документ, удостоверяющий личность.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="31"/>
        <source>Copy {barcode} is already on loan to this reader. Renew it instead.</source>
        <translation>Экземпляр {barcode} уже выдан этому читателю. Не выдавайте повторно — продлите срок.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="34"/>
        <source>Copy {barcode} is not on loan.</source>
        <translation>Экземпляр {barcode} не числится выданным.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="35"/>
        <source>The due date {due} is in the past.</source>
        <translation>Срок возврата {due} уже в прошлом.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="36"/>
        <source>The reader&apos;s card is valid only until {valid_until}: re-register the reader, then renew.</source>
        <translation>Читательский билет действует только до {valid_until}: сначала перерегистрируйте читателя, затем продлите.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="40"/>
        <source>The reader is blocked: {reason}.</source>
        <translation>Читатель заблокирован: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="41"/>
        <source>The reader&apos;s card was valid until {valid_until}. Re-register the reader.</source>
        <translation>Читательский билет действовал до {valid_until}. Перерегистрируйте читателя.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="44"/>
        <source>Books the reader already has: {count}; the limit is {limit}.</source>
        <translation>Книг на руках у читателя: {count}; лимит — {limit}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="61"/>
        <source>The loan has reached the renewal limit ({limit}).</source>
        <translation>Достигнут предел продлений ({limit}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="69"/>
        <source>Returned late: days overdue {days} (reader {card}).</source>
        <translation>Возвращено с опозданием: дней просрочки — {days} (читатель {card}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="47"/>
        <source>Copy {barcode} is still on loan to reader {card}: its return was missed. Lending it closes that loan.</source>
        <translation>Экземпляр {barcode} всё ещё числится за читателем {card}: возврат не был отмечен. Новая выдача закроет прежнюю.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="52"/>
        <source>Copy {barcode} is for use in the library only.</source>
        <translation>Экземпляр {barcode} — только для чтения в библиотеке, на дом не выдаётся.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="55"/>
        <source>Copy {barcode} is marked lost. Lending it marks it found.</source>
        <translation>Экземпляр {barcode} отмечен как утерянный. При выдаче он будет отмечен как найденный.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="58"/>
        <source>Copy {barcode} is in transit to its home branch.</source>
        <translation>Экземпляр {barcode} в пути — его отправляют в свой филиал.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="64"/>
        <source>The reader has overdue books: {count}.</source>
        <translation>У читателя есть просроченные книги: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="65"/>
        <source>The copy belongs to branch {branch}.</source>
        <translation>Экземпляр принадлежит филиалу {branch}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="66"/>
        <source>The reader has not been re-registered for {year}.</source>
        <translation>Читатель не прошёл перерегистрацию на {year} год.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="72"/>
        <source>Put the copy aside to be sent to branch {branch}.</source>
        <translation>Отложите экземпляр для отправки в филиал {branch}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="75"/>
        <source>One more book and the reader reaches the limit of {limit}.</source>
        <translation>Ещё одна книга — и читатель достигнет лимита ({limit}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="78"/>
        <source>Due date shortened to the card&apos;s end of validity, {valid_until}.</source>
        <translation>Срок возврата сокращён до окончания действия билета: {valid_until}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="81"/>
        <source>Copy {barcode} is back at its home branch and on the shelf again.</source>
        <translation>Экземпляр {barcode} вернулся в свой филиал и снова на полке.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="84"/>
        <source>Copy {barcode} was marked lost and is now found again.</source>
        <translation>Экземпляр {barcode} числился утерянным и теперь найден.</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <location filename="../branchdesk/messages.py" line="229"/>
        <source>active</source>
        <translation>активный</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="230"/>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="231"/>
        <source>card lost</source>
        <translation>билет утерян</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="232"/>
        <source>cancelled</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="233"/>
        <source>on the shelf</source>
        <translation>на полке</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="234"/>
        <source>on loan</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="235"/>
        <source>in transit</source>
        <translation>в пути</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="236"/>
        <source>lost</source>
        <translation>утерян</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="237"/>
        <source>written off</source>
        <translation>списан</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="238"/>
        <source>library use only</source>
        <translation>только для чтения в библиотеке</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="239"/>
        <source>waiting</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="240"/>
        <source>applied</source>
        <translation>принята</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="241"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="242"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="243"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
</context>
</TS>
