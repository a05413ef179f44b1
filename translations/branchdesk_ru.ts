<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AdminAccountFields</name>
    <message>
        <location filename="../branchdesk/ui/admin_account.py" line="40"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/admin_account.py" line="41"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/admin_account.py" line="42"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/admin_account.py" line="43"/>
        <source>Repeat password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/admin_account.py" line="51"/>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="440"/>
        <source>Branch administrator</source>
        <translation>Администратор филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="441"/>
        <source>The last step: the account that looks after this desk.</source>
        <translation>Последний шаг: учётная запись того, кто отвечает за это рабочее место.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="444"/>
        <source>The administrator sets the rules and adds the other librarians. Keep the password where only you can find it.</source>
        <translation>Администратор задаёт правила и добавляет других библиотекарей. Храните пароль там, где его найдёте только вы.</translation>
    </message>
</context>
<context>
    <name>AlonePage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="336"/>
        <source>This branch</source>
        <translation>Этот филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="337"/>
        <source>Work alone for now: the branch is set up on this computer.</source>
        <translation>Пока работать отдельно: филиал создаётся на этом компьютере.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="340"/>
        <source>Enter the branch code given by the central library (2 to 5 capital Latin letters, such as BST) and the branch&apos;s name. Reader cards carry the code.</source>
        <translation>Введите код филиала, выданный центральной библиотекой (от 2 до 5 заглавных латинских букв, например BST), и название филиала. Код входит в номера читательских билетов.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="121"/>
        <source>Block reader</source>
        <translation>Блокировка читателя</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="123"/>
        <source>Block {name} ({card}): no loans until unblocked.</source>
        <translation>Заблокировать читателя {name} ({card}): до разблокировки книги не выдаются.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="127"/>
        <source>Reason *</source>
        <translation>Причина *</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="128"/>
        <source>Until</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="129"/>
        <source>for example: lost a book, did not pay</source>
        <translation>например: потерял книгу, не заплатил</translation>
    </message>
</context>
<context>
    <name>BranchFields</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="183"/>
        <source>Branch code</source>
        <translation>Код филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="184"/>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="185"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
</context>
<context>
    <name>BranchTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="219"/>
        <source>Branch code</source>
        <translation>Код филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="220"/>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="221"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="222"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="226"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="534"/>
        <source>New Year</source>
        <translation>Новый год</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="534"/>
        <source>Nauryz</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="538"/>
        <source>Orthodox Christmas</source>
        <translation>Православное Рождество</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="539"/>
        <source>International Women&apos;s Day</source>
        <translation>Международный женский день</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="543"/>
        <source>Unity Day of the People of Kazakhstan</source>
        <translation>День единства народа Казахстана</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="544"/>
        <source>Defender of the Fatherland Day</source>
        <translation>День защитника Отечества</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="545"/>
        <source>Victory Day</source>
        <translation>День Победы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="546"/>
        <source>Capital Day</source>
        <translation>День столицы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="547"/>
        <source>Constitution Day</source>
        <translation>День Конституции</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="548"/>
        <source>Republic Day</source>
        <translation>День Республики</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="549"/>
        <source>Independence Day</source>
        <translation>День Независимости</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="555"/>
        <source>Weekly days off</source>
        <translation>Выходные дни недели</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="556"/>
        <source>At least one day of the week stays open.</source>
        <translation>Хотя бы один день недели должен быть рабочим.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="557"/>
        <source>Closed dates</source>
        <translation>Нерабочие дни</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="558"/>
        <location filename="../branchdesk/ui/settings.py" line="559"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="558"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="558"/>
        <location filename="../branchdesk/ui/settings.py" line="561"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="560"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="562"/>
        <source>Repairs, Kurban Ait, no heating…</source>
        <translation>Ремонт, Курбан айт, нет отопления…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="563"/>
        <source>Add closed dates</source>
        <translation>Добавить нерабочие дни</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="564"/>
        <source>Remove selected</source>
        <translation>Удалить выбранное</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="565"/>
        <source>National holidays (always closed)</source>
        <translation>Государственные праздники (всегда выходные)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="568"/>
        <source>Kurban Ait and the days off moved by government decree change every year: add them as closed dates.</source>
        <translation>Курбан айт и выходные, перенесённые постановлением правительства, каждый год выпадают на разные даты: добавляйте их как нерабочие дни.</translation>
    </message>
</context>
<context>
    <name>CardButton</name>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="91"/>
        <source>Print card</source>
        <translation>Печать билета</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="92"/>
        <source>On a card printer (85.6 × 54 mm)</source>
        <translation>На принтере для карт (85,6 × 54 мм)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="93"/>
        <source>On an A4 sheet</source>
        <translation>На листе A4</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="94"/>
        <source>All readers registered since a day (A4)…</source>
        <translation>Всем записавшимся с указанного дня (A4)…</translation>
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
        <location filename="../branchdesk/ui/app.py" line="92"/>
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
    <name>CentralTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="888"/>
        <source>This branch works alone: it is not connected to a central library.</source>
        <translation>Филиал работает автономно: он не подключён к центральной библиотеке.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="893"/>
        <source>Connected to {url}; not synced yet.</source>
        <translation>Подключено к {url}; синхронизации ещё не было.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="895"/>
        <source>Connected to {url}; last sync {moment}.</source>
        <translation>Подключено к {url}; последняя синхронизация: {moment}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="901"/>
        <source>saved; type a new one to change it</source>
        <translation>сохранён; чтобы заменить, введите новый</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="918"/>
        <source>Checking the connection with the central library…</source>
        <translation>Проверяется связь с центральной библиотекой…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="939"/>
        <source>Connected. The first sync is running…</source>
        <translation>Подключено. Идёт первая синхронизация…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="966"/>
        <source>Sending: {done} of {total}</source>
        <translation>Отправка: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="968"/>
        <source>Receiving: {done} of {total}</source>
        <translation>Получение: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="970"/>
        <source>Receiving: {done}</source>
        <translation>Получение: {done}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="989"/>
        <source>Connected to the central library. Sent: {sent}; received: {received}.</source>
        <translation>Подключено к центральной библиотеке. Отправлено: {sent}; получено: {received}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1014"/>
        <source>Central library</source>
        <translation>Центральная библиотека</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1015"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1016"/>
        <source>Branch token</source>
        <translation>Токен филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1017"/>
        <source>Check and connect</source>
        <translation>Проверить и подключить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1020"/>
        <source>The central library gives each branch its address and token. Both are checked with the central library before anything is saved; then this branch&apos;s work is sent and the readers of the whole system come in.</source>
        <translation>Адрес и токен каждому филиалу выдаёт центральная библиотека. Прежде чем что-либо сохранить, оба проверяются в центральной библиотеке; затем работа филиала отправляется, а читатели всей системы загружаются в филиал.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="83"/>
        <source>Confirm</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="88"/>
        <source>Reason to go ahead (kept in the journal):</source>
        <translation>Причина, по которой продолжаете (сохраняется в журнале):</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="96"/>
        <source>Go ahead</source>
        <translation>Продолжить</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../branchdesk/ui/app.py" line="95"/>
        <location filename="../branchdesk/ui/conflicts.py" line="190"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="82"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="83"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="84"/>
        <source>Copy</source>
        <translation>Экземпляр</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="85"/>
        <source>Found</source>
        <translation>Обнаружен</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="94"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="95"/>
        <source>Card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="96"/>
        <source>Reader</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="97"/>
        <source>Lent</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="98"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="195"/>
        <source>The central library lists here what branches did that cannot all be true, such as one copy lent at two branches while they were offline. Decide what really happened: the decision goes to the central library and to every branch concerned.</source>
        <translation>Здесь центральная библиотека показывает действия филиалов, которые противоречат друг другу: например, один экземпляр выдан в двух филиалах, пока у них не было связи. Решите, как было на самом деле: решение уйдёт в центральную библиотеку и во все затронутые филиалы.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="201"/>
        <source>Loans involved:</source>
        <translation>Затронутые выдачи:</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="202"/>
        <source>Reason or note (goes with the decision):</source>
        <translation>Причина или примечание (отправляется вместе с решением):</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="203"/>
        <source>for example: the reader brought the book back</source>
        <translation>например: читатель вернул книгу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="204"/>
        <source>The copy is with this reader</source>
        <translation>Экземпляр у этого читателя</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="205"/>
        <source>Dismiss</source>
        <translation>Закрыть без изменений</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="215"/>
        <source>resolved</source>
        <translation>решён</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="216"/>
        <source>sent</source>
        <translation>отправлен</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="216"/>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="220"/>
        <source>Lent twice</source>
        <translation>Выдан дважды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="222"/>
        <source>Lent to a blocked reader</source>
        <translation>Выдан заблокированному читателю</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="227"/>
        <source>on loan</source>
        <translation>на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="234"/>
        <source>{barcode} “{title}”</source>
        <translation>{barcode} «{title}»</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="252"/>
        <source>Copy {copy} was lent at {branch1} to {card1} and at {branch2} to {card2} while both were offline.</source>
        <translation>Экземпляр {copy} выдан в филиале {branch1} читателю {card1} и в филиале {branch2} читателю {card2}, когда оба филиала были без связи.</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="256"/>
        <source>Copy {copy} was lent %n times while the branches were offline; the loans are below.</source>
        <translation>
            <numerusform>Экземпляр {copy} выдан %n раз, пока филиалы были без связи; выдачи перечислены ниже.</numerusform>
            <numerusform>Экземпляр {copy} выдан %n раза, пока филиалы были без связи; выдачи перечислены ниже.</numerusform>
            <numerusform>Экземпляр {copy} выдан %n раз, пока филиалы были без связи; выдачи перечислены ниже.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="270"/>
        <source>Copy {copy} was lent at {branch} to {reader}, whose card is “{status}” at the central library: {reason}.</source>
        <translation>Экземпляр {copy} выдан в филиале {branch} читателю {reader}, а в центральной библиотеке его билет — «{status}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="274"/>
        <source>Copy {copy} was lent at {branch} to {reader}, whose card is “{status}” at the central library.</source>
        <translation>Экземпляр {copy} выдан в филиале {branch} читателю {reader}, а в центральной библиотеке его билет — «{status}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="283"/>
        <source>Your decision is sent to the central library. The conflict closes here when its answer comes back with a sync.</source>
        <translation>Ваше решение отправлено в центральную библиотеку. Конфликт закроется здесь, когда её ответ придёт при синхронизации.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="288"/>
        <source>Choose the reader who has the copy and press “The copy is with this reader”: the other loan is closed. If each reader really has a book with this barcode, both loans are right.</source>
        <translation>Выберите читателя, у которого экземпляр, и нажмите «Экземпляр у этого читателя»: другая выдача будет закрыта. Если у каждого читателя действительно есть книга с этим штрихкодом, обе выдачи верны.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="293"/>
        <source>Accept the loan if the reader may keep the book; the block itself stays as it is.</source>
        <translation>Примите выдачу, если читатель может оставить книгу у себя; сама блокировка останется.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="298"/>
        <source>the copy is with one reader, the other loan was closed</source>
        <translation>экземпляр у одного читателя, другая выдача закрыта</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="299"/>
        <source>both loans are right</source>
        <translation>обе выдачи верны</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="301"/>
        <source>the loan was accepted</source>
        <translation>выдача принята</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="302"/>
        <source>dismissed</source>
        <translation>закрыт без изменений</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="309"/>
        <source>Resolved by {who}: {action}.</source>
        <translation>Решено ({who}): {action}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="313"/>
        <source>Note: {note}</source>
        <translation>Примечание: {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="348"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n открытый конфликт</numerusform>
            <numerusform>%n открытых конфликта</numerusform>
            <numerusform>%n открытых конфликтов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="350"/>
        <source>%n resolved</source>
        <translation>
            <numerusform>%n решён</numerusform>
            <numerusform>%n решены</numerusform>
            <numerusform>%n решены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="370"/>
        <source>No conflicts</source>
        <translation>Конфликтов нет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="385"/>
        <source>Both loans are right</source>
        <translation>Обе выдачи верны</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="387"/>
        <source>Accept the loan</source>
        <translation>Принять выдачу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="398"/>
        <source>This branch works alone. Conflicts come from the central library once the branch is connected to it (Settings).</source>
        <translation>Филиал работает автономно. Конфликты приходят из центральной библиотеки, когда филиал подключён к ней (Настройки).</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="401"/>
        <source>Nothing to decide: the branches agree.</source>
        <translation>Решать нечего: данные филиалов согласованы.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="448"/>
        <source>Your decision is on its way to the central library.</source>
        <translation>Ваше решение отправляется в центральную библиотеку.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="84"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="85"/>
        <source>branchdesk met an error it did not expect.</source>
        <translation>В branchdesk произошла непредвиденная ошибка.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="87"/>
        <source>Save a support bundle…</source>
        <translation>Сохранить пакет для поддержки…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="91"/>
        <source>What was saved before is safe: every loan the desk confirmed is kept. Close this window and go on; if it happens again, save a support bundle and give it to the person who helps you. It holds the log and the settings, never readers&apos; names, ИИН or phones.</source>
        <translation>Всё, что было сохранено раньше, цело: каждая выдача, подтверждённая программой, сохранена. Закройте это окно и продолжайте работу; если ошибка повторится, сохраните пакет для поддержки и передайте его тому, кто вам помогает. В нём журнал и настройки, но никогда не имена читателей, их ИИН или телефоны.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="106"/>
        <source>Save a support bundle</source>
        <translation>Сохранить пакет для поддержки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="118"/>
        <source>The bundle could not be saved: {reason}</source>
        <translation>Не удалось сохранить пакет: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="124"/>
        <source>The support bundle is saved: {path}</source>
        <translation>Пакет для поддержки сохранён: {path}</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="384"/>
        <source>The demo branch is ready.</source>
        <translation>Демо-филиал готов.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="400"/>
        <source>The demo branch</source>
        <translation>Демо-филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="401"/>
        <source>Made-up readers, books and loans of three years.</source>
        <translation>Вымышленные читатели, книги и выдачи за три года.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="404"/>
        <source>The demo branch is being made: 200 readers, 600 copies and their loans. It takes a few seconds.</source>
        <translation>Создаётся демо-филиал: 200 читателей, 600 экземпляров и их выдачи. Это займёт несколько секунд.</translation>
    </message>
</context>
<context>
    <name>DeskScreen</name>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="179"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="180"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="181"/>
        <source>Lent</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="182"/>
        <source>Due</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="183"/>
        <source>Renewed</source>
        <translation>Продлений</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="288"/>
        <source>Desk</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="291"/>
        <source>Lend (F2)</source>
        <translation>Выдача (F2)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="292"/>
        <source>Return (F3)</source>
        <translation>Возврат (F3)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="293"/>
        <source>Count visit (F7)</source>
        <translation>Отметить посещение (F7)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="294"/>
        <source>Clear (Esc)</source>
        <translation>Очистить (Esc)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="295"/>
        <source>Renew selected (F5)</source>
        <translation>Продлить выбранные (F5)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="296"/>
        <source>Renew all (F6)</source>
        <translation>Продлить все (F6)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="297"/>
        <source>Re-register (F8)</source>
        <translation>Перерегистрировать (F8)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="298"/>
        <source>Print slip (F4)</source>
        <translation>Листок выдачи (F4)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="299"/>
        <source>What happened</source>
        <translation>Последние действия</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="307"/>
        <source>Return: scan the books being brought back</source>
        <translation>Возврат: сканируйте возвращаемые книги</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="309"/>
        <source>Scan a reader&apos;s card, or a book to take back</source>
        <translation>Сканируйте читательский билет или книгу для возврата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="311"/>
        <source>Scan the books to lend, or another card</source>
        <translation>Сканируйте книги для выдачи или другой билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="376"/>
        <source>Lent: «{title}» ({barcode}), due {due}</source>
        <translation>Выдано: «{title}» ({barcode}), срок возврата {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="390"/>
        <source>Returned: «{title}» ({barcode}) from {card}</source>
        <translation>Возвращено: «{title}» ({barcode}), читатель {card}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="421"/>
        <source>Not done: the librarian did not confirm.</source>
        <translation>Не выполнено: библиотекарь не подтвердил.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="475"/>
        <source>No reader open. Scan a reader&apos;s card.</source>
        <translation>Читатель не выбран. Сканируйте читательский билет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="492"/>
        <source>Card {card} · valid until {valid}</source>
        <translation>Билет {card} · действует до {valid}</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/desk.py" line="496"/>
        <source>%n book(s) on loan</source>
        <translation>
            <numerusform>На руках %n книга</numerusform>
            <numerusform>На руках %n книги</numerusform>
            <numerusform>На руках %n книг</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="515"/>
        <source>Active reader</source>
        <translation>Читатель активен</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="568"/>
        <source>Renewed: «{title}», now due {due}</source>
        <translation>Продлено: «{title}», новый срок возврата {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="582"/>
        <source>Re-registered for {year}; card valid until {valid}</source>
        <translation>Перерегистрация на {year} год выполнена; билет действует до {valid}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="601"/>
        <source>Slip printed for {card}</source>
        <translation>Листок выдачи для {card} напечатан</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="607"/>
        <source>Visit counted.</source>
        <translation>Посещение отмечено.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="609"/>
        <source>This reader&apos;s visit is already counted today.</source>
        <translation>Посещение этого читателя сегодня уже отмечено.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="637"/>
        <source>This session: lent {lent}, returned {returned}</source>
        <translation>С начала работы: выдано — {lent}, возвращено — {returned}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../branchdesk/ui/events.py" line="409"/>
        <source>Edit event</source>
        <translation>Изменить мероприятие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="409"/>
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="411"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="412"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="413"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="414"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="415"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="416"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="417"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="418"/>
        <source>Attendance, total</source>
        <translation>Участников всего</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="419"/>
        <source>of them children up to {age}</source>
        <translation>из них детей до {age} лет включительно</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="420"/>
        <source>of them youth aged {low}–{high}</source>
        <translation>из них молодёжи (возраст {low}–{high})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="423"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="424"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="428"/>
        <source>Edit programmes…</source>
        <translation>Изменить программы…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="429"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="430"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="438"/>
        <location filename="../branchdesk/ui/events.py" line="452"/>
        <source>(no programme)</source>
        <translation>(вне программы)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="500"/>
        <source>Children ({children}) and youth ({youth}) together are more than the total ({total}): they are counted within the total.</source>
        <translation>Детей ({children}) и молодёжи ({youth}) вместе больше, чем участников всего ({total}): они входят в общее число.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="528"/>
        <source>Give the event a title.</source>
        <translation>Укажите название мероприятия.</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="81"/>
        <location filename="../branchdesk/ui/events.py" line="85"/>
        <source>book exhibition</source>
        <translation>книжная выставка</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="82"/>
        <location filename="../branchdesk/ui/events.py" line="86"/>
        <source>literary evening</source>
        <translation>литературный вечер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="83"/>
        <location filename="../branchdesk/ui/events.py" line="87"/>
        <source>reading hour</source>
        <translation>час чтения</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="84"/>
        <location filename="../branchdesk/ui/events.py" line="88"/>
        <source>talk</source>
        <translation>беседа</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="85"/>
        <location filename="../branchdesk/ui/events.py" line="89"/>
        <source>book review</source>
        <translation>обзор книг</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="86"/>
        <location filename="../branchdesk/ui/events.py" line="90"/>
        <source>contest</source>
        <translation>конкурс</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="87"/>
        <location filename="../branchdesk/ui/events.py" line="91"/>
        <source>meeting with an author</source>
        <translation>встреча с автором</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="88"/>
        <location filename="../branchdesk/ui/events.py" line="92"/>
        <source>reading aloud</source>
        <translation>громкие чтения</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="89"/>
        <location filename="../branchdesk/ui/events.py" line="93"/>
        <location filename="../branchdesk/ui/events.py" line="110"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="92"/>
        <location filename="../branchdesk/ui/events.py" line="98"/>
        <source>children</source>
        <translation>дети</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="93"/>
        <location filename="../branchdesk/ui/events.py" line="99"/>
        <source>youth</source>
        <translation>молодёжь</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="94"/>
        <location filename="../branchdesk/ui/events.py" line="100"/>
        <source>adults</source>
        <translation>взрослые</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="95"/>
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
        <location filename="../branchdesk/ui/events.py" line="641"/>
        <location filename="../branchdesk/ui/events.py" line="700"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="642"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="643"/>
        <location filename="../branchdesk/ui/events.py" line="701"/>
        <location filename="../branchdesk/ui/events.py" line="772"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="644"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="645"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="646"/>
        <source>Attended</source>
        <translation>Участников</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="647"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="648"/>
        <source>Youth</source>
        <translation>Молодёжь</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="671"/>
        <location filename="../branchdesk/ui/events.py" line="758"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="672"/>
        <location filename="../branchdesk/ui/events.py" line="758"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="673"/>
        <location filename="../branchdesk/ui/events.py" line="703"/>
        <source>Card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="702"/>
        <location filename="../branchdesk/ui/events.py" line="772"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/app.py" line="93"/>
        <location filename="../branchdesk/ui/events.py" line="740"/>
        <location filename="../branchdesk/ui/events.py" line="743"/>
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="744"/>
        <source>Enquiries and refusals</source>
        <translation>Справки и отказы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="745"/>
        <source>New event…</source>
        <translation>Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="746"/>
        <source>Edit event…</source>
        <translation>Изменить мероприятие…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="755"/>
        <source>Enquiry</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="758"/>
        <location filename="../branchdesk/ui/events.py" line="772"/>
        <source>Reader card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="767"/>
        <source>Record enquiry</source>
        <translation>Записать справку</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="768"/>
        <source>Today&apos;s enquiries</source>
        <translation>Справки за сегодня</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="769"/>
        <source>Refusal (a title the branch does not have)</source>
        <translation>Отказ (издания нет в филиале)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="776"/>
        <source>Record refusal</source>
        <translation>Записать отказ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="777"/>
        <source>Refusals this month</source>
        <translation>Отказы за этот месяц</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="779"/>
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="784"/>
        <source>Events in {month} {year}</source>
        <translation>Мероприятия: {month} {year}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="789"/>
        <source>Events this month: {count}. Attended: {total}, of them children {children}, youth {youth}.</source>
        <translation>Мероприятий за месяц: {count}. Участников: {total}, из них детей — {children}, молодёжи — {youth}.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../branchdesk/ui/login.py" line="71"/>
        <source>Branch administrator</source>
        <translation>Администратор филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="74"/>
        <source>This is the first start at this branch. Create the administrator&apos;s account: the administrator sets the rules and adds the other librarians.</source>
        <translation>В этом филиале работа начинается впервые. Создайте учётную запись администратора: администратор задаёт правила и добавляет остальных библиотекарей.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="493"/>
        <source>branchdesk: first start</source>
        <translation>branchdesk: первый запуск</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="156"/>
        <source>Lent</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="157"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="158"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="159"/>
        <source>Due</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="160"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="180"/>
        <source>on loan</source>
        <translation>на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="197"/>
        <source>Loan history: {name} ({card})</source>
        <translation>История выдач: {name} ({card})</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="201"/>
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
        <location filename="../branchdesk/ui/settings.py" line="802"/>
        <source>Lock the desk after this many minutes without use</source>
        <translation>Блокировать рабочее место после простоя в течение</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="803"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="806"/>
        <source>A locked desk hides the reader&apos;s data and asks for a password; another librarian may sign in.</source>
        <translation>Заблокированное рабочее место скрывает данные читателя и запрашивает пароль; войти может и другой библиотекарь.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="810"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>ImportScreen</name>
    <message>
        <location filename="../branchdesk/ui/app.py" line="97"/>
        <location filename="../branchdesk/ui/importing.py" line="277"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="195"/>
        <location filename="../branchdesk/ui/importing.py" line="327"/>
        <location filename="../branchdesk/ui/importing.py" line="904"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="196"/>
        <location filename="../branchdesk/ui/importing.py" line="904"/>
        <source>Byte</source>
        <translation>Байт</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="197"/>
        <location filename="../branchdesk/ui/importing.py" line="904"/>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="280"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="281"/>
        <source>The file holds</source>
        <translation>В файле</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="282"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="283"/>
        <source>Character set</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="285"/>
        <source>Type the file&apos;s path and press Enter, or choose it</source>
        <translation>Введите путь к файлу и нажмите Enter или выберите файл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="287"/>
        <source>Choose a file… ({key})</source>
        <translation>Выбрать файл… ({key})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="288"/>
        <source>The catalogue: records and copies</source>
        <translation>Каталог: записи и экземпляры</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="289"/>
        <source>A list of readers</source>
        <translation>Список читателей</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="290"/>
        <source>Import (Ctrl+Enter)</source>
        <translation>Загрузить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="291"/>
        <source>Save the report… ({key})</source>
        <translation>Сохранить отчёт… ({key})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="292"/>
        <source>What the file holds</source>
        <translation>Содержимое файла</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="293"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="294"/>
        <source>Columns of the sheet</source>
        <translation>Столбцы таблицы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="295"/>
        <source>Records that need your attention</source>
        <translation>Записи, требующие внимания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="302"/>
        <location filename="../branchdesk/ui/importing.py" line="634"/>
        <source>— not read —</source>
        <translation>— не загружать —</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="313"/>
        <location filename="../branchdesk/ui/importing.py" line="319"/>
        <source>{name} (detected)</source>
        <translation>{name} (как в файле)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="331"/>
        <source>Reader</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="332"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="333"/>
        <source>Card</source>
        <translation>Билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="338"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="339"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="340"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="341"/>
        <source>BBK</source>
        <translation>ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="342"/>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="357"/>
        <source>What</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="361"/>
        <source>Left out</source>
        <translation>Не загружено</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="362"/>
        <source>Imported, with a remark</source>
        <translation>Загружено с замечанием</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="363"/>
        <source>No BBK index</source>
        <translation>Нет индекса ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="364"/>
        <source>Copy no longer in the file</source>
        <translation>Экземпляра больше нет в файле</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="375"/>
        <source>Choose the file to import</source>
        <translation>Выберите файл для загрузки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="377"/>
        <source>Catalogues and lists (*.mrc *.iso *.marc *.xml *.csv *.txt *.xlsx)</source>
        <translation>Каталоги и списки (*.mrc *.iso *.marc *.xml *.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="379"/>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="527"/>
        <source>a new one</source>
        <translation>будет выдан новый</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="576"/>
        <source>Choose a file: MARC21 or RUSMARC (ISO 2709, as IRBIS and Koha export them), MARCXML, or a CSV or Excel sheet with a header row.</source>
        <translation>Выберите файл: MARC21 или RUSMARC (ISO 2709, как их выгружают ИРБИС и Koha), MARCXML или таблицу CSV либо Excel с названиями столбцов в первой строке.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="586"/>
        <source>Detected: {format}, {encoding}</source>
        <translation>Определено: {format}, {encoding}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="590"/>
        <source>Your choice: {format}, {encoding}</source>
        <translation>Выбрано вами: {format}, {encoding}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="598"/>
        <source>Choose the column for: {fields}.</source>
        <translation>Выберите столбец для полей: {fields}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="604"/>
        <source>The first %n record(s) of the file, as they will be imported.</source>
        <translation>
            <numerusform>Из начала файла показано записей: %n — так, как они будут загружены.</numerusform>
            <numerusform>Из начала файла показано записей: %n — так, как они будут загружены.</numerusform>
            <numerusform>Из начала файла показано записей: %n — так, как они будут загружены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="606"/>
        <source>The first %n row(s) of the list, as they will be imported.</source>
        <translation>
            <numerusform>Из начала списка показано строк: %n — так, как они будут загружены.</numerusform>
            <numerusform>Из начала списка показано строк: %n — так, как они будут загружены.</numerusform>
            <numerusform>Из начала списка показано строк: %n — так, как они будут загружены.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="608"/>
        <source>Unreadable among them: %n; they will be listed.</source>
        <translation>
            <numerusform>Из них не читается: %n; они будут перечислены в отчёте.</numerusform>
            <numerusform>Из них не читается: %n; они будут перечислены в отчёте.</numerusform>
            <numerusform>Из них не читается: %n; они будут перечислены в отчёте.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="610"/>
        <source>The file holds no records.</source>
        <translation>В файле нет записей.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="694"/>
        <source>Importing {file}…</source>
        <translation>Загрузка {file}…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="737"/>
        <source>The import stopped there: what was written before stays, and importing the file again adds only the rest.</source>
        <translation>Загрузка остановилась на этом месте: записанное до него сохранено, а повторная загрузка файла добавит только остальное.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="742"/>
        <source>Nothing was imported.</source>
        <translation>Ничего не загружено.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="758"/>
        <source>Done: readers added {added}, already there {same}.</source>
        <translation>Готово: добавлено читателей — {added}, уже были записаны — {same}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="763"/>
        <source>Done: records added {added}, updated {updated}, unchanged {same}; copies added {copies}.</source>
        <translation>Готово: записей добавлено — {added}, обновлено — {updated}, без изменений — {same}; экземпляров добавлено — {copies}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="772"/>
        <source>Left out: {count}.</source>
        <translation>Не загружено: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="779"/>
        <source>Readers added</source>
        <translation>Добавлено читателей</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="780"/>
        <source>Readers already registered</source>
        <translation>Уже были записаны</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="781"/>
        <source>Rows left out</source>
        <translation>Не загружено строк</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="785"/>
        <source>Records added</source>
        <translation>Добавлено записей</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="786"/>
        <source>Records updated</source>
        <translation>Обновлено записей</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="787"/>
        <source>Records unchanged</source>
        <translation>Записей без изменений</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="788"/>
        <source>Copies added</source>
        <translation>Добавлено экземпляров</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="789"/>
        <source>Copies already there</source>
        <translation>Экземпляры уже были</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="790"/>
        <source>Records left out</source>
        <translation>Не загружено записей</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="791"/>
        <source>Imported with a remark</source>
        <translation>Загружено с замечаниями</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="792"/>
        <source>Without a BBK index</source>
        <translation>Без индекса ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="793"/>
        <source>Copies no longer in the file (kept)</source>
        <translation>Экземпляры, которых нет в файле (сохранены)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="813"/>
        <source>{file}: {format}, {encoding}; {seconds} s</source>
        <translation>{file}: {format}, {encoding}; {seconds} с</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="848"/>
        <source>Save the import report</source>
        <translation>Сохранить отчёт о загрузке</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="850"/>
        <source>Text (*.txt);;CSV for Excel (*.csv)</source>
        <translation>Текст (*.txt);;CSV для Excel (*.csv)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="877"/>
        <source>Report saved: {path}</source>
        <translation>Отчёт сохранён: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="895"/>
        <source>No. {position}: </source>
        <translation>№ {position}: </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="896"/>
        <source>No. {position} (byte {offset}): </source>
        <translation>№ {position} (байт {offset}): </translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="245"/>
        <source>Checking the connection with the central library…</source>
        <translation>Проверяется связь с центральной библиотекой…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="257"/>
        <source>Receiving: {done} of {total}</source>
        <translation>Получено: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="260"/>
        <source>Receiving: {done}</source>
        <translation>Получено: {done}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="262"/>
        <source>Sending: {done} of {total}</source>
        <translation>Отправлено: {done} из {total}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="275"/>
        <source>Joined. The branch&apos;s data is here.</source>
        <translation>Подключено. Данные филиала получены.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="298"/>
        <source>Join the central library</source>
        <translation>Подключиться к центральной библиотеке</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="300"/>
        <source>The address, the branch code and the token come from the central library.</source>
        <translation>Адрес, код филиала и токен выдаёт центральная библиотека.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="302"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="303"/>
        <source>Branch token</source>
        <translation>Токен филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="305"/>
        <source>Check and join</source>
        <translation>Проверить и подключиться</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="106"/>
        <source>Welcome to branchdesk</source>
        <translation>Добро пожаловать в branchdesk</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="107"/>
        <source>First, the language of the desk.</source>
        <translation>Сначала выберите язык рабочего места.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="109"/>
        <source>You can change it later in Settings; each librarian sees the same.</source>
        <translation>Его можно изменить позже в настройках; все библиотекари видят один и тот же язык.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="168"/>
        <source>Language of the desk</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="169"/>
        <source>The desk changes language at once and starts in it next time.</source>
        <translation>Язык меняется сразу, и в следующий раз программа откроется на нём же.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../branchdesk/ui/login.py" line="122"/>
        <source>The desk is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="125"/>
        <source>The desk locked itself after a pause. {name}, enter your password to go on, or another librarian may sign in.</source>
        <translation>Рабочее место заблокировалось после перерыва в работе. {name}, введите пароль, чтобы продолжить, или пусть войдёт другой библиотекарь.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="130"/>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="131"/>
        <source>Sign in to the branch desk.</source>
        <translation>Войдите, чтобы начать работу в филиале.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="132"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="133"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="134"/>
        <source>Close the desk</source>
        <translation>Закрыть рабочее место</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="147"/>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="163"/>
        <source>branchdesk — {branch}</source>
        <translation>branchdesk — филиал {branch}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="203"/>
        <source>Sending {done} of {total}…</source>
        <translation>Отправка: {done} из {total}…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="205"/>
        <source>Receiving {done}…</source>
        <translation>Получение: {done}…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="207"/>
        <source>Receiving {done} of {total}…</source>
        <translation>Получение: {done} из {total}…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="237"/>
        <source>Branch {branch}</source>
        <translation>Филиал {branch}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="240"/>
        <source>At the desk: {name}</source>
        <translation>Библиотекарь: {name}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="229"/>
        <location filename="../branchdesk/ui/main_window.py" line="243"/>
        <source>Waiting to be sent: {pending}</source>
        <translation>Ожидают отправки: {pending}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="248"/>
        <source>Sync now ({key})</source>
        <translation>Синхронизировать ({key})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="256"/>
        <source>Last sync: {moment}</source>
        <translation>Последняя синхронизация: {moment}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="258"/>
        <source>Last sync: never</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="262"/>
        <source>Working alone, no central library</source>
        <translation>Автономная работа, без центральной библиотеки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="264"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="266"/>
        <source>Sync stopped: a new token is needed (Settings)</source>
        <translation>Синхронизация остановлена: нужен новый токен (Настройки)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="268"/>
        <source>Sync stopped: update branchdesk</source>
        <translation>Синхронизация остановлена: обновите branchdesk</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="270"/>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="272"/>
        <source>Not in touch yet</source>
        <translation>Связи ещё не было</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="286"/>
        <source>Refused by the central library</source>
        <translation>Центральная библиотека отказала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="288"/>
        <source>● The central library has a problem</source>
        <translation>● Сбой в центральной библиотеке</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="290"/>
        <source>Not synced: see the message</source>
        <translation>Синхронизация не выполнена: см. сообщение</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="291"/>
        <source>● Offline</source>
        <translation>● Нет связи</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="305"/>
        <source>This PC&apos;s clock is off by %n minute(s)</source>
        <translation>
            <numerusform>Часы ПК ошибаются на %n минуту</numerusform>
            <numerusform>Часы ПК ошибаются на %n минуты</numerusform>
            <numerusform>Часы ПК ошибаются на %n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="307"/>
        <source>This PC&apos;s clock is off by %n hour(s)</source>
        <translation>
            <numerusform>Часы ПК ошибаются на %n час</numerusform>
            <numerusform>Часы ПК ошибаются на %n часа</numerusform>
            <numerusform>Часы ПК ошибаются на %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="309"/>
        <source>This PC&apos;s clock is off by %n day(s)</source>
        <translation>
            <numerusform>Часы ПК ошибаются на %n день</numerusform>
            <numerusform>Часы ПК ошибаются на %n дня</numerusform>
            <numerusform>Часы ПК ошибаются на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="312"/>
        <source>Set the date and time in Windows; the central library&apos;s clock is right.</source>
        <translation>Установите дату и время в Windows; часы центральной библиотеки верны.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="318"/>
        <source>Conflicts: {count}</source>
        <translation>Конфликты: {count}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="320"/>
        <source>Open the conflicts inbox</source>
        <translation>Открыть список конфликтов</translation>
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
        <location filename="../branchdesk/ui/reader_form.py" line="82"/>
        <source>preschool child</source>
        <translation>дошкольник</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="83"/>
        <source>pupil</source>
        <translation>учащийся</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="84"/>
        <source>student</source>
        <translation>студент</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="85"/>
        <source>employee</source>
        <translation>служащий</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="86"/>
        <source>worker</source>
        <translation>рабочий</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="87"/>
        <source>pensioner</source>
        <translation>пенсионер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="88"/>
        <source>unemployed</source>
        <translation>безработный</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="89"/>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="249"/>
        <source>New reader</source>
        <translation>Новый читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="251"/>
        <source>Reader {card}</source>
        <translation>Читатель {card}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="253"/>
        <source>Fields marked * are required. Dates: dd.mm.yyyy.</source>
        <translation>Поля со звёздочкой (*) обязательны. Даты: дд.мм.гггг.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="254"/>
        <source>Reader</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="255"/>
        <source>Address and phone</source>
        <translation>Адрес и телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="256"/>
        <source>Consent and notes</source>
        <translation>Согласие и примечания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="257"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="258"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="261"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="262"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="263"/>
        <location filename="../branchdesk/ui/reader_form.py" line="418"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="264"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="271"/>
        <source>Language of service</source>
        <translation>Язык обслуживания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="272"/>
        <source>{field} *</source>
        <translation>{field}&#xa0;*</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="274"/>
        <source>Guarantor (required for a child up to {age})</source>
        <translation>Поручитель (обязателен для ребёнка до {age} лет)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="278"/>
        <source>Guarantor (for children)</source>
        <translation>Поручитель (для детей)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="415"/>
        <source>{card}   {name}, born {birth}</source>
        <translation>{card}   {name}, дата рождения: {birth}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="424"/>
        <source>Already registered?</source>
        <translation>Уже зарегистрирован?</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="426"/>
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
        <location filename="../branchdesk/ui/readers.py" line="220"/>
        <source>Card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="221"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="222"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="224"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="225"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="226"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/app.py" line="91"/>
        <location filename="../branchdesk/ui/readers.py" line="339"/>
        <location filename="../branchdesk/ui/readers.py" line="450"/>
        <source>Readers</source>
        <translation>Читатели</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="333"/>
        <source>The card is ready: {path}</source>
        <translation>Билет готов: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="342"/>
        <source>Search: name, card, ИИН or phone, any script</source>
        <translation>Поиск: ФИО, билет, ИИН или телефон (кириллицей или латиницей)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="343"/>
        <source>New reader</source>
        <translation>Новый читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="344"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="345"/>
        <source>Re-register</source>
        <translation>Перерегистрировать</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="346"/>
        <source>Block…</source>
        <translation>Заблокировать…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="347"/>
        <source>Unblock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="348"/>
        <source>History</source>
        <translation>История выдач</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="350"/>
        <source>Find a reader on the left, or register a new one.</source>
        <translation>Найдите читателя в списке слева или зарегистрируйте нового.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="363"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="364"/>
        <source>Language of service</source>
        <translation>Язык обслуживания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="365"/>
        <source>Card valid until</source>
        <translation>Билет действует до</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="366"/>
        <source>Registered</source>
        <translation>Дата регистрации</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="367"/>
        <source>Re-registered</source>
        <translation>Перерегистрации</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="368"/>
        <source>Consent given</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="369"/>
        <source>On loan now</source>
        <translation>Сейчас на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="394"/>
        <source>The first {limit} readers; type more to narrow down.</source>
        <translation>Показаны только первые {limit}; уточните запрос.</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="398"/>
        <source>%n reader(s) found</source>
        <translation>
            <numerusform>Найден %n читатель</numerusform>
            <numerusform>Найдено %n читателя</numerusform>
            <numerusform>Найдено %n читателей</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="466"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="466"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="474"/>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="474"/>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="480"/>
        <source>not yet</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="489"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="492"/>
        <source>{date}, age {age}</source>
        <translation>{date}, возраст: {age}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="495"/>
        <source>flat {flat}</source>
        <translation>кв. {flat}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="509"/>
        <source>{status}: {reason}</source>
        <translation>{status}, причина: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="510"/>
        <source>{status} until {until}: {reason}</source>
        <translation>{status} до {until}, причина: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="519"/>
        <source>{date} (expired: re-register)</source>
        <translation>{date} (истёк — перерегистрируйте)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="527"/>
        <source>{count} (overdue: {late})</source>
        <translation>{count} (просрочено: {late})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="552"/>
        <source>Already registered for {year}.</source>
        <translation>На {year} год уже зарегистрирован.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="589"/>
        <source>Saved: {name}, card {card}.</source>
        <translation>Сохранено: {name}, билет {card}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="605"/>
        <source>{name} is re-registered for {year}; card valid until {valid}.</source>
        <translation>{name}: перерегистрация на {year} год выполнена, билет действует до {valid}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="628"/>
        <source>{name} is blocked.</source>
        <translation>{name}: читатель заблокирован.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="639"/>
        <source>{name} may borrow again.</source>
        <translation>{name}: читатель разблокирован, книги можно выдавать.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../branchdesk/ui/app.py" line="96"/>
        <location filename="../branchdesk/ui/reports.py" line="109"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="112"/>
        <source>Library work diary</source>
        <translation>Дневник работы библиотеки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="113"/>
        <source>Summary: indicators, months, events</source>
        <translation>Сводка: показатели, месяцы, мероприятия</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="114"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="114"/>
        <source>Quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="114"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="116"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="117"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="118"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="119"/>
        <source>PDF, to print</source>
        <translation>PDF — для печати</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="120"/>
        <source>XLSX, for Excel</source>
        <translation>XLSX — для Excel</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="121"/>
        <source>Make the report</source>
        <translation>Составить отчёт</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="122"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="159"/>
        <source>Counting…</source>
        <translation>Идёт подсчёт…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="172"/>
        <source>Ready: {path}</source>
        <translation>Готово: {path}</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="268"/>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="269"/>
        <source>Preschool children</source>
        <translation>Дошкольники</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="270"/>
        <source>Pupils</source>
        <translation>Учащиеся</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="271"/>
        <source>Students</source>
        <translation>Студенты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="272"/>
        <source>Employees and specialists</source>
        <translation>Служащие и специалисты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="273"/>
        <source>Workers</source>
        <translation>Рабочие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="274"/>
        <source>Pensioners</source>
        <translation>Пенсионеры</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="275"/>
        <source>Unemployed</source>
        <translation>Безработные</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="276"/>
        <source>Others</source>
        <translation>Прочие</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="281"/>
        <source>Any type</source>
        <translation>Любой вид</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="321"/>
        <location filename="../branchdesk/ui/settings.py" line="393"/>
        <location filename="../branchdesk/ui/settings.py" line="396"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="379"/>
        <source>Reader group</source>
        <translation>Группа читателей</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="380"/>
        <source>Item type</source>
        <translation>Вид издания</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="381"/>
        <source>Loan days</source>
        <translation>Срок выдачи, дней</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="382"/>
        <source>Max loans</source>
        <translation>Макс. на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="383"/>
        <source>Max renewals</source>
        <translation>Макс. продлений</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="384"/>
        <source>Renewal days</source>
        <translation>Продление, дней</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="398"/>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="399"/>
        <source>Save rules</source>
        <translation>Сохранить правила</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="402"/>
        <source>The most specific rule applies: group and type, then the group with any type, then any group with the type, then the first row (any group, any type). Due dates that fall on a closed day move to the next open day.</source>
        <translation>Действует самое точное правило: для группы и вида, затем для группы с любым видом, затем для любой группы с этим видом, и наконец первая строка (любая группа, любой вид). Если срок возврата выпадает на нерабочий день, он переносится на следующий рабочий.</translation>
    </message>
</context>
<context>
    <name>SafekeepingTab</name>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="120"/>
        <source>Backup written to {path}, but not to the second folder ({reason}).</source>
        <translation>Резервная копия записана в {path}, но не во вторую папку ({reason}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="125"/>
        <source>Backup written to {path}</source>
        <translation>Резервная копия записана: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="128"/>
        <source>A folder for second copies</source>
        <translation>Папка для вторых копий</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="145"/>
        <location filename="../branchdesk/ui/safekeeping.py" line="172"/>
        <source>Restore from a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="162"/>
        <source>Put the backup {path} in place of this branch&apos;s database? Everything done since that backup is lost (the current database is saved first). The desk closes its window and asks who signs in again.</source>
        <translation>Поставить резервную копию {path} на место базы данных этого филиала? Всё, что сделано после этой копии, будет потеряно (текущая база сначала сохраняется). Программа закроет окно и снова спросит, кто входит.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="168"/>
        <source>{count} operations have not reached the central library yet and will be lost: export the journal first if you can.</source>
        <translation>Операций, ещё не дошедших до центральной библиотеки: {count}; они будут потеряны. Если можете, сначала выгрузите журнал.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="191"/>
        <source>Export the waiting operations</source>
        <translation>Выгрузить ожидающие операции</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="204"/>
        <source>{count} waiting operations written to {path}. Take the file to the central library; bring back the answer file it gives you.</source>
        <translation>Ожидающих операций записано: {count}, в файл {path}. Отвезите файл в центральную библиотеку и привезите обратно файл ответов, который вам дадут.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="214"/>
        <source>The central library&apos;s answers</source>
        <translation>Ответы центральной библиотеки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="225"/>
        <source>The central library&apos;s answers are recorded: {count}.</source>
        <translation>Ответы центральной библиотеки записаны: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="239"/>
        <source>Save a support bundle</source>
        <translation>Сохранить пакет для поддержки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="249"/>
        <source>The support bundle is saved: {path}</source>
        <translation>Пакет для поддержки сохранён: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="275"/>
        <source>Second copies: none (choose a USB stick&apos;s folder)</source>
        <translation>Вторые копии: нет (выберите папку на USB-флешке)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="277"/>
        <source>Second copies go to {path}</source>
        <translation>Вторые копии записываются в {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="285"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="286"/>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="287"/>
        <source>Restore from a backup…</source>
        <translation>Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="288"/>
        <source>Choose a second folder…</source>
        <translation>Выбрать вторую папку…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="289"/>
        <source>No second folder</source>
        <translation>Без второй папки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="292"/>
        <source>The desk backs the branch up once a day while it runs and keeps the last 14 days and 12 months in the data folder&apos;s backups folder; also before every update of the database.</source>
        <translation>Программа, пока работает, раз в день делает резервную копию филиала и хранит копии за последние 14 дней и 12 месяцев в папке backups папки данных; копия делается и перед каждым обновлением базы данных.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="297"/>
        <source>No connection to the central library</source>
        <translation>Нет связи с центральной библиотекой</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="298"/>
        <source>Export the waiting operations…</source>
        <translation>Выгрузить ожидающие операции…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="299"/>
        <source>Read the central library&apos;s answers…</source>
        <translation>Загрузить ответы центральной библиотеки…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="302"/>
        <source>A file for a branch that cannot connect: the central library applies it once however often it is brought, and gives back an answer file.</source>
        <translation>Файл для филиала без связи: центральная библиотека применяет его один раз, сколько бы раз его ни привозили, и отдаёт файл ответов.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="306"/>
        <source>Help</source>
        <translation>Помощь</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="307"/>
        <source>Save a support bundle…</source>
        <translation>Сохранить пакет для поддержки…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="310"/>
        <source>For the person who helps you: the log, versions and settings in one zip file, never readers&apos; names, ИИН or phones, nor the branch&apos;s token.</source>
        <translation>Для того, кто вам помогает: журнал, версии и настройки в одном zip-файле; никогда не имена читателей, их ИИН или телефоны и не токен филиала.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../branchdesk/ui/app.py" line="94"/>
        <location filename="../branchdesk/ui/settings.py" line="1092"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1098"/>
        <source>Only a branch admin can change settings.</source>
        <translation>Изменять настройки может только администратор филиала.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1111"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1154"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1155"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1156"/>
        <source>Loan rules</source>
        <translation>Правила выдачи</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1157"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1158"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1159"/>
        <source>Idle lock</source>
        <translation>Автоблокировка</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1160"/>
        <source>Central library</source>
        <translation>Центральная библиотека</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1161"/>
        <source>Safekeeping</source>
        <translation>Сохранность</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1166"/>
        <source>Only a branch admin can change settings; you can see them here.</source>
        <translation>Изменять настройки может только администратор филиала; вы можете их только просматривать.</translation>
    </message>
</context>
<context>
    <name>SinceDialog</name>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="49"/>
        <source>Cards for new readers</source>
        <translation>Билеты новым читателям</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="51"/>
        <source>Registered since</source>
        <translation>Записаны с</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="591"/>
        <location filename="../branchdesk/ui/settings.py" line="750"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="592"/>
        <location filename="../branchdesk/ui/settings.py" line="751"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="593"/>
        <location filename="../branchdesk/ui/settings.py" line="752"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="594"/>
        <source>Active</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="660"/>
        <source>Branch admin</source>
        <translation>Администратор филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="661"/>
        <source>Librarian</source>
        <translation>Библиотекарь</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="664"/>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="664"/>
        <source>deactivated</source>
        <translation>отключена</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="718"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Пароли не совпадают; введите их ещё раз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="728"/>
        <source>Choose an account in the list.</source>
        <translation>Выберите учётную запись в списке.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="729"/>
        <location filename="../branchdesk/ui/settings.py" line="734"/>
        <source>Deactivate</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="732"/>
        <source>{name} ({login})</source>
        <translation>{name}, логин: {login}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="734"/>
        <source>Activate</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="745"/>
        <source>Selected account</source>
        <translation>Выбранная учётная запись</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="746"/>
        <source>New account</source>
        <translation>Новая учётная запись</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="748"/>
        <source>New password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="749"/>
        <location filename="../branchdesk/ui/settings.py" line="754"/>
        <source>Repeat it</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="753"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="760"/>
        <source>Set new password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="761"/>
        <source>Add account</source>
        <translation>Добавить учётную запись</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="134"/>
        <source>How does this desk begin?</source>
        <translation>Как начать работу?</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="135"/>
        <source>Choose one; the other ways stay open later.</source>
        <translation>Выберите один вариант; остальные останутся доступны и позже.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="138"/>
        <source>Join the central library</source>
        <translation>Подключиться к центральной библиотеке</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="140"/>
        <source>The central library gave you its address, the branch code and a token. The desk gets the branch&apos;s catalogue and the readers of the whole system.</source>
        <translation>Центральная библиотека дала вам адрес, код филиала и токен. Программа получит каталог филиала и читателей всей системы.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="145"/>
        <source>Work alone for now</source>
        <translation>Пока работать отдельно</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="147"/>
        <source>This branch starts empty on this computer. It can join the central library later in Settings, and sends everything done until then.</source>
        <translation>Филиал начинается на этом компьютере с пустой базы. Позже его можно подключить к центральной библиотеке в настройках, и он отправит всё, что сделано до того.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="152"/>
        <source>Open the demo branch</source>
        <translation>Открыть демо-филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="154"/>
        <source>Made-up readers and books to try the desk out. Not for real work: start again in an empty folder for that.</source>
        <translation>Вымышленные читатели и книги, чтобы попробовать программу. Не для настоящей работы: для неё начните заново в пустой папке.</translation>
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
    <name>central</name>
    <message>
        <location filename="../branchdesk/central/reports.py" line="34"/>
        <source>All branches of the library system</source>
        <translation>Все филиалы библиотечной системы</translation>
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
        <location filename="../branchdesk/cli/listing.py" line="132"/>
        <source>never</source>
        <comment>last sync: never</comment>
        <translation>ещё не было</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="134"/>
        <source>Branch {branch} ({path})</source>
        <translation>Филиал {branch} ({path})</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="135"/>
        <source>Readers: {readers}</source>
        <translation>Читатели: {readers}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="136"/>
        <source>Catalogue: {records} titles, {items} copies, {on_loan} on loan</source>
        <translation>Каталог: названий — {records}, экземпляров — {items}, из них выдано — {on_loan}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="137"/>
        <source>Loans: {open} open, {overdue} overdue, {total} in all</source>
        <translation>Выдачи: на руках — {open}, просрочено — {overdue}, всего — {total}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="138"/>
        <source>Journal: {pending} operations waiting to be sent, {journal} in all</source>
        <translation>Журнал: ожидают отправки — {pending}, всего операций — {journal}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="139"/>
        <source>Last sync: {last_sync}</source>
        <translation>Последняя синхронизация: {last_sync}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="140"/>
        <source>Conflicts: {conflicts}</source>
        <translation>Конфликты: {conflicts}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="57"/>
        <location filename="../branchdesk/cli/maintenance.py" line="76"/>
        <source>Branch {branch} is ready in {path}</source>
        <translation>Филиал {branch} готов к работе: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="106"/>
        <source>Demo branch {branch}: readers {readers}, copies {items}, loans {loans} (open {open}), in {path}</source>
        <translation>Демо-филиал {branch}: читателей {readers}, экземпляров {items}, выдач {loans} (на руках {open}), база: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="133"/>
        <source>Backup written to {path}</source>
        <translation>Резервная копия сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="151"/>
        <source>The current database was saved to {path}</source>
        <translation>Копия текущей базы данных сохранена: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="159"/>
        <source>Restored {source} into {path}</source>
        <translation>База данных {path} восстановлена из копии {source}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="95"/>
        <source>Sent: {applied} applied, {conflict} with a conflict, {rejected} refused, {duplicate} already there.</source>
        <translation>Отправлено: принято — {applied}, с конфликтом — {conflict}, отклонено — {rejected}, уже были — {duplicate}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="102"/>
        <source>Received: {changes} changes ({readers} readers, {items} copies).</source>
        <translation>Получено изменений: {changes} (читателей — {readers}, экземпляров — {items}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="59"/>
        <source>{operations} waiting operations written to {path}</source>
        <translation>Ожидающих операций записано: {operations}, в файл {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="81"/>
        <location filename="../branchdesk/cli/sync_commands.py" line="108"/>
        <source>Waiting to be sent: {pending}</source>
        <translation>Ожидают отправки: {pending}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="108"/>
        <source>Answers for branch {branch} written to {path}</source>
        <translation>Ответы для филиала {branch} записаны в {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="114"/>
        <source>The centre misses earlier operations of this branch: import the answers at the branch, export its journal again and bring the new file.</source>
        <translation>В центре нет более ранних операций этого филиала: загрузите ответы в филиале, снова выгрузите журнал и привезите новый файл.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="125"/>
        <source>Answers: {applied} applied, {conflict} with a conflict, {rejected} refused, {duplicate} already there.</source>
        <translation>Ответы: применено {applied}, с конфликтом {conflict}, отклонено {rejected}, уже были {duplicate}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="111"/>
        <source>This PC&apos;s clock is off by {minutes} minutes: set the date and time.</source>
        <translation>Часы этого компьютера ошибаются на {minutes} мин.: установите дату и время.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="168"/>
        <source>Branch {branch} added. Its token (shown only now):</source>
        <translation>Филиал {branch} добавлен. Его токен (показывается только сейчас):</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="188"/>
        <source>The token of branch {branch} no longer works.</source>
        <translation>Токен филиала {branch} больше не действует.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="208"/>
        <source>The rules are saved; branches receive them with their next sync.</source>
        <translation>Правила сохранены; филиалы получат их при следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="218"/>
        <source>Password: </source>
        <translation>Пароль: </translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="223"/>
        <source>Account {login} is saved for branch {branch}.</source>
        <translation>Учётная запись {login} сохранена для филиала {branch}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/documents.py" line="100"/>
        <source>{count} cards, {pages} pages: {path}</source>
        <translation>Билетов: {count}, страниц: {pages}: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/documents.py" line="121"/>
        <source>{count} labels, {pages} pages: {path}</source>
        <translation>Этикеток: {count}, страниц: {pages}: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/documents.py" line="127"/>
        <source>Written: {path}</source>
        <translation>Записано: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="125"/>
        <source>File {file}: {format}, {encoding}.</source>
        <translation>Файл {file}: {format}, {encoding}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="131"/>
        <source>Readers: {added} added, {unchanged} already there.</source>
        <translation>Читатели: {added} добавлено, {unchanged} уже были.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="137"/>
        <source>Records: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Записи: {added} добавлено, {updated} обновлено, {unchanged} без изменений.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="146"/>
        <source>Copies: {added} added, {unchanged} already there.</source>
        <translation>Экземпляры: {added} добавлено, {unchanged} уже были.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="150"/>
        <source>Left out: {count}.</source>
        <translation>Не загружено: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="157"/>
        <source>Without a BBK index (the diary counts them as unclassified): {count}.</source>
        <translation>Без индекса ББК (дневник относит их к неклассифицированным): {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="165"/>
        <source>Copies in the catalogue that the file no longer lists (kept): {count}.</source>
        <translation>Экземпляры в каталоге, которых больше нет в файле (сохранены): {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="175"/>
        <source>#{position}: </source>
        <translation>№{position}: </translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="176"/>
        <source>#{position} (byte {offset}): </source>
        <translation>№{position} (байт {offset}): </translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="8"/>
        <source>Library work diary</source>
        <translation>Дневник работы библиотеки</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="9"/>
        <source>Part 1. Readers and visits</source>
        <translation>Раздел 1. Учёт читателей и посещений</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="10"/>
        <source>Part 2. Loans</source>
        <translation>Раздел 2. Учёт выдачи документов</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="11"/>
        <source>Part 3. Events</source>
        <translation>Раздел 3. Массовые мероприятия</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="12"/>
        <source>Part 4. Enquiries and refusals</source>
        <translation>Раздел 4. Справки и отказы</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="13"/>
        <source>Day</source>
        <translation>Число</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="14"/>
        <source>Total for the period</source>
        <translation>Итого за период</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="15"/>
        <source>From 1 January to the period</source>
        <translation>С 1 января до начала периода</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="16"/>
        <source>Since 1 January</source>
        <translation>С начала года</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="17"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="18"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="19"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="20"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="21"/>
        <source>Audience</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="22"/>
        <source>Came</source>
        <translation>Пришло</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="23"/>
        <source>No events in this period.</source>
        <translation>В этом периоде мероприятий не было.</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="24"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="25"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="29"/>
        <source>New readers</source>
        <translation>Записано читателей</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="30"/>
        <source>children to 14</source>
        <translation>дети до 14 лет</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="31"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="46"/>
        <source>youth</source>
        <translation>молодёжь</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="32"/>
        <source>adults</source>
        <translation>взрослые</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="33"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="62"/>
        <source>pre-school</source>
        <translation>дошкольники</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="34"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="63"/>
        <source>pupils</source>
        <translation>учащиеся</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="35"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="64"/>
        <source>students</source>
        <translation>студенты</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="36"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="65"/>
        <source>employees</source>
        <translation>служащие</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="37"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="66"/>
        <source>workers</source>
        <translation>рабочие</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="38"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="67"/>
        <source>pensioners</source>
        <translation>пенсионеры</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="39"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="68"/>
        <source>unemployed</source>
        <translation>безработные</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="40"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="69"/>
        <source>others</source>
        <translation>прочие</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="41"/>
        <source>Re-registered</source>
        <translation>Перерегистрировано</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="42"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="43"/>
        <source>for loans, services</source>
        <translation>для получения книг и услуг</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="44"/>
        <source>to events</source>
        <translation>на мероприятия</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="45"/>
        <source>children</source>
        <translation>дети</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="47"/>
        <source>Loans</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="48"/>
        <source>social, political</source>
        <translation>общественно-политическая</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="49"/>
        <source>science, medicine</source>
        <translation>естественнонаучная, медицина</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="50"/>
        <source>technical</source>
        <translation>техническая</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="51"/>
        <source>agriculture</source>
        <translation>сельскохозяйственная</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="52"/>
        <source>arts, sport</source>
        <translation>искусство, спорт</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="53"/>
        <source>fiction</source>
        <translation>художественная</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="54"/>
        <source>other subjects</source>
        <translation>прочая</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="55"/>
        <source>no BBK</source>
        <translation>без ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="56"/>
        <source>in Kazakh</source>
        <translation>на казахском</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="57"/>
        <source>in Russian</source>
        <translation>на русском</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="58"/>
        <source>other languages</source>
        <translation>на других языках</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="59"/>
        <source>to children</source>
        <translation>детям</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="60"/>
        <source>to youth</source>
        <translation>молодёжи</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="61"/>
        <source>to adults</source>
        <translation>взрослым</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="70"/>
        <source>Enquiries</source>
        <translation>Справки</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="71"/>
        <source>thematic</source>
        <translation>тематические</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="72"/>
        <source>address</source>
        <translation>адресные</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="73"/>
        <source>clarifying</source>
        <translation>уточняющие</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="74"/>
        <source>factual</source>
        <translation>фактографические</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="75"/>
        <source>Refusals</source>
        <translation>Отказы</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../branchdesk/printing/slip.py" line="40"/>
        <source>Books on loan</source>
        <translation>Книги на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="42"/>
        <location filename="../branchdesk/printing/overdue.py" line="45"/>
        <location filename="../branchdesk/printing/slip.py" line="41"/>
        <source>Card</source>
        <translation>Билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="45"/>
        <location filename="../branchdesk/printing/overdue.py" line="48"/>
        <location filename="../branchdesk/printing/slip.py" line="42"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="44"/>
        <location filename="../branchdesk/printing/overdue.py" line="49"/>
        <location filename="../branchdesk/printing/slip.py" line="43"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="41"/>
        <source>Reader&apos;s record (формуляр)</source>
        <translation>Читательский формуляр</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="43"/>
        <source>Lent</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="46"/>
        <location filename="../branchdesk/printing/overdue.py" line="50"/>
        <location filename="../branchdesk/printing/slip.py" line="44"/>
        <source>Due</source>
        <translation>Вернуть до</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="47"/>
        <source>Returned</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="48"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="49"/>
        <source>on loan</source>
        <translation>на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="50"/>
        <source>No loans yet.</source>
        <translation>Выдач ещё не было.</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/slip.py" line="45"/>
        <source>No books on loan.</source>
        <translation>Книг на руках нет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/slip.py" line="46"/>
        <source>Please bring the books back by the date due.</source>
        <translation>Пожалуйста, верните книги до указанного срока.</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="51"/>
        <location filename="../branchdesk/printing/slip.py" line="47"/>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="38"/>
        <source>Dear {name},</source>
        <translation>Уважаемый(ая) {name}!</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="39"/>
        <source>the books below were due back at the library and are not returned yet. Please bring them back, or come and renew them. Thank you!</source>
        <translation>Срок возврата книг, перечисленных ниже, истёк, а книги ещё не возвращены в библиотеку. Пожалуйста, верните их или приходите продлить. Спасибо!</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="44"/>
        <source>Overdue books on {day}</source>
        <translation>Задолженности читателей на {day}</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="46"/>
        <source>Reader</source>
        <translation>Читатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="47"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="51"/>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="52"/>
        <source>Readers: {readers}; books: {books}.</source>
        <translation>Читателей: {readers}; книг: {books}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../branchdesk/messages.py" line="93"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: обязательное поле.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="94"/>
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: слишком длинно (максимум символов: {max}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="95"/>
        <source>{field}: this does not look like a name.</source>
        <translation>{field}: это не похоже на имя.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="96"/>
        <source>{field}: contains characters not allowed.</source>
        <translation>{field}: содержит недопустимые символы.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="97"/>
        <source>{field}: the date is in the future.</source>
        <translation>{field}: дата ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="98"/>
        <source>{field}: the date is in the past.</source>
        <translation>{field}: дата уже прошла.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="99"/>
        <source>{field}: an ИИН has exactly 12 digits.</source>
        <translation>{field}: ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="100"/>
        <source>{field}: the 7th digit of an ИИН must be 1 to 6.</source>
        <translation>{field}: седьмая цифра ИИН должна быть от 1 до 6.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="101"/>
        <source>{field}: the first six digits are not a real birth date.</source>
        <translation>{field}: первые шесть цифр не дают настоящую дату рождения.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="104"/>
        <source>{field}: the check digit is wrong; look for a mistyped digit.</source>
        <translation>{field}: не сходится контрольная цифра; проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="107"/>
        <source>{field}: such an ИИН is never issued.</source>
        <translation>{field}: такой ИИН никогда не выдаётся.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="108"/>
        <source>{field}: differs from the birth date in the ИИН.</source>
        <translation>{field}: не совпадает с датой рождения в ИИН.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="111"/>
        <source>{field}: differs from the ИИН.</source>
        <translation>{field}: не совпадает с ИИН.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="112"/>
        <source>{field}: a child registers with a parent or guardian as guarantor.</source>
        <translation>{field}: ребёнка записывают только с поручителем — родителем или опекуном.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="115"/>
        <source>{field}: unknown group {category}.</source>
        <translation>{field}: неизвестная группа «{category}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="116"/>
        <source>{field}: must be m or f.</source>
        <translation>{field}: укажите m (мужской) или f (женский).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="117"/>
        <source>Barcode {barcode} is already on another copy.</source>
        <translation>Штрихкод {barcode} уже присвоен другому экземпляру.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="118"/>
        <source>{field}: {year} is not a possible year.</source>
        <translation>{field}: {year} — невозможный год.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="119"/>
        <source>A copy cannot be set to “{status}” by hand.</source>
        <translation>Статус «{status}» нельзя поставить экземпляру вручную.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="122"/>
        <source>A copy that is “{old}” cannot be made “{new}”.</source>
        <translation>Экземпляр со статусом «{old}» нельзя перевести в статус «{new}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="125"/>
        <source>Copy {barcode} is on loan; take it back first.</source>
        <translation>Экземпляр {barcode} выдан; сначала оформите возврат.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="126"/>
        <source>{field}: counts cannot be negative.</source>
        <translation>{field}: число не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="127"/>
        <source>{field}: children and youth together exceed the total of {total}.</source>
        <translation>{field}: дети и молодёжь вместе превышают общее число ({total}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="130"/>
        <source>Give a reason to go ahead despite the warning.</source>
        <translation>Чтобы продолжить несмотря на предупреждение, укажите причину.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="133"/>
        <source>{field}: letters, digits, dots and underscores only.</source>
        <translation>{field}: только буквы, цифры, точки и знаки подчёркивания.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="136"/>
        <source>{field}: {login} is already taken.</source>
        <translation>{field}: «{login}» уже занят.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="137"/>
        <source>{field}: at least {min} characters.</source>
        <translation>{field}: слишком короткий (минимум символов: {min}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="138"/>
        <source>“{code}” is not a branch code: 2 to 5 capital Latin letters, such as BST.</source>
        <translation>«{code}» — не код филиала: нужно от 2 до 5 заглавных латинских букв, например BST.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="141"/>
        <source>This database belongs to branch {found}, not {wanted}.</source>
        <translation>Эта база данных принадлежит филиалу {found}, а не {wanted}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="144"/>
        <source>No branch is set up yet ({path}). Run “branchdesk init --branch CODE --name NAME” or “branchdesk demo”.</source>
        <translation>Филиал ещё не настроен ({path}). Выполните «branchdesk init --branch CODE --name NAME» или «branchdesk demo».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="149"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск заполнен, ничего не сохранено. Освободите место и повторите.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="152"/>
        <source>The database {path} is read-only; nothing was saved. Check its permissions.</source>
        <translation>База данных {path} доступна только для чтения, ничего не сохранено. Проверьте права доступа.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="155"/>
        <source>The database {path} is damaged. Restore the latest backup with “branchdesk restore FILE”.</source>
        <translation>База данных {path} повреждена. Восстановите последнюю резервную копию командой «branchdesk restore FILE».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="159"/>
        <source>The database {path} cannot be opened. Check the folder and its permissions.</source>
        <translation>Не удаётся открыть базу данных {path}. Проверьте папку и права доступа к ней.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="162"/>
        <source>The database {path} is busy in another program. Try again in a moment.</source>
        <translation>База данных {path} занята другой программой. Повторите чуть позже.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="165"/>
        <source>The disk could not be read or written ({path}). Check the disk.</source>
        <translation>Не удалось прочитать или записать данные на диск ({path}). Проверьте диск.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="168"/>
        <source>{path} is not a branchdesk database.</source>
        <translation>{path} — не база данных branchdesk.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="169"/>
        <source>The database {path} was written by a newer branchdesk (schema {found}; this version knows {known}). Install the newer version.</source>
        <translation>База данных {path} записана более новой версией branchdesk (схема {found}, а эта версия знает только до {known}). Установите новую версию.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="174"/>
        <source>Updating {path} would break links between records; it was left unchanged.</source>
        <translation>Обновление {path} нарушило бы связи между записями, поэтому база данных оставлена без изменений.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="177"/>
        <source>{field}: must be at least 1.</source>
        <translation>{field}: должно быть не меньше 1.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="178"/>
        <source>This title is no longer in the catalogue.</source>
        <translation>Этого издания больше нет в каталоге.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="179"/>
        <source>{field}: {language} is not a language of the desk.</source>
        <translation>{field}: языка интерфейса «{language}» нет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="182"/>
        <source>{field}: must be from {min} to {max}.</source>
        <translation>{field}: допустимо от {min} до {max}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="183"/>
        <source>{field}: unknown item type {item_type}.</source>
        <translation>{field}: неизвестный вид издания «{item_type}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="184"/>
        <source>{field}: two rules for group {category} and item type {item_type}; keep one.</source>
        <translation>{field}: два правила для группы «{category}» и вида «{item_type}»; оставьте одно.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="187"/>
        <source>The loan rules need a row for any group and any item type.</source>
        <translation>В правилах выдачи нужна строка «любая группа, любой вид».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="190"/>
        <source>{field}: the branch must be open on at least one day of the week.</source>
        <translation>{field}: филиал должен работать хотя бы один день в неделю.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="193"/>
        <source>{field}: the closed dates end before they start.</source>
        <translation>{field}: дата окончания раньше даты начала.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="196"/>
        <source>{field}: a closed period is at most {max} days.</source>
        <translation>{field}: нерабочий период не может быть длиннее {max} дн.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="199"/>
        <source>No staff account {login}.</source>
        <translation>Учётной записи «{login}» нет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="200"/>
        <source>{login} is the last active branch admin; make another admin first.</source>
        <translation>«{login}» — последний активный администратор филиала; сначала назначьте другого администратора.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="203"/>
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не найден.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="204"/>
        <source>{path} is not a journal exported by branchdesk, or it is damaged.</source>
        <translation>{path} не журнал, выгруженный branchdesk, или файл повреждён.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="207"/>
        <source>{path} is not an answer file from the central library, or it is damaged.</source>
        <translation>{path} не файл ответов центральной библиотеки, или файл повреждён.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="210"/>
        <source>The answers in {path} are for branch {found}, not for {wanted}.</source>
        <translation>Ответы в {path} предназначены филиалу {found}, а не {wanted}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="213"/>
        <source>The token of branch {branch} is revoked: give it a new token first.</source>
        <translation>Токен филиала {branch} отозван: сначала выдайте ему новый токен.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="216"/>
        <source>The journal names a computer that belongs to another branch than {branch}.</source>
        <translation>В журнале указан компьютер, принадлежащий не филиалу {branch}, а другому.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="219"/>
        <source>The central database failed for a moment ({reason}); try again.</source>
        <translation>Центральная база данных на миг дала сбой ({reason}); попробуйте ещё раз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="222"/>
        <source>The backup {path} belongs to branch {found}, not to this branch {wanted}.</source>
        <translation>Резервная копия {path} принадлежит филиалу {found}, а не этому филиалу ({wanted}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="225"/>
        <source>{pending} operations have not reached the central library yet and would be lost. Sync first, or repeat with --force (the current database is kept in {path}).</source>
        <translation>Операций, ещё не переданных в центральную библиотеку: {pending}; при восстановлении они пропадут. Сначала выполните синхронизацию или повторите команду с --force (текущая база сохранена в {path}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="230"/>
        <source>{path} is the branch database itself; choose another file for the backup.</source>
        <translation>{path} — это сама база филиала; для резервной копии выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="233"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Не удаётся использовать {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="234"/>
        <source>The central library&apos;s server is not part of this installation: it runs on the centre&apos;s computer, installed there with branchdesk[central].</source>
        <translation>Сервер центральной библиотеки не входит в эту установку: он работает на компьютере центра и устанавливается там как branchdesk[central].</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="239"/>
        <source>The central library ({url}) cannot be reached. Work goes on; it will be sent later.</source>
        <translation>Нет связи с центральной библиотекой ({url}). Работа продолжается; данные будут отправлены позже.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="243"/>
        <source>The central library refused this branch&apos;s token. Ask the central library for a new token and enter it in Settings.</source>
        <translation>Центральная библиотека не приняла токен этого филиала. Попросите в центральной библиотеке новый токен и введите его в Настройках.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="248"/>
        <source>The central library needs a newer branchdesk. Nothing is lost: update the program, then sync again.</source>
        <translation>Центральной библиотеке нужна более новая версия branchdesk. Ничего не потеряно: обновите программу и снова выполните синхронизацию.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="253"/>
        <source>The central library had a problem (code {status}). It will be tried again.</source>
        <translation>В центральной библиотеке произошла ошибка (код {status}). Попытка будет повторена.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="256"/>
        <source>The central library refused the request ({reason}).</source>
        <translation>Центральная библиотека отклонила запрос ({reason}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="259"/>
        <source>This branch is not connected to a central library. Set the address and the token in Settings, or run “branchdesk init --central URL --token TOKEN”.</source>
        <translation>Филиал не подключён к центральной библиотеке. Укажите адрес и токен в Настройках или выполните «branchdesk init --central URL --token TOKEN».</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="264"/>
        <source>“{url}” is not an address of a central library (it starts with https://).</source>
        <translation>«{url}» — не адрес центральной библиотеки (он начинается с https://).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="267"/>
        <source>Give the branch&apos;s token with --token as well as --central.</source>
        <translation>Вместе с --central укажите токен филиала в --token.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="270"/>
        <source>Cannot open the central database: {reason}</source>
        <translation>Не удаётся открыть центральную базу данных: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="273"/>
        <source>{url}: the central database must be sqlite:/// or postgresql+psycopg://.</source>
        <translation>{url}: центральная база данных должна быть sqlite:/// или postgresql+psycopg://.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="276"/>
        <source>This database is not a branchdesk central database.</source>
        <translation>Эта база данных не является центральной базой branchdesk.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="279"/>
        <source>Branch {branch} exists already. To give it a new token, use new-token.</source>
        <translation>Филиал {branch} уже есть. Чтобы выдать ему новый токен, используйте new-token.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="282"/>
        <source>There is no branch {branch}.</source>
        <translation>Филиала {branch} нет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="283"/>
        <source>“{code}” is not a branch code (2 to 5 Latin capital letters, e.g. BST).</source>
        <translation>«{code}» — не код филиала (от 2 до 5 заглавных латинских букв, например BST).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="286"/>
        <source>No such conflict.</source>
        <translation>Такого конфликта нет.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="287"/>
        <source>This token belongs to branch {branch}, not {wanted}. Check the token.</source>
        <translation>Этот токен принадлежит филиалу {branch}, а не {wanted}. Проверьте токен.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="290"/>
        <source>{field}: the rules file does not have this part right (see the README).</source>
        <translation>{field}: эта часть файла правил заполнена неверно (см. README).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="293"/>
        <source>{field}: “{role}” is not a role (librarian or branch_admin).</source>
        <translation>{field}: «{role}» — не роль (librarian или branch_admin).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="296"/>
        <source>This conflict is resolved already, or its resolution is on its way.</source>
        <translation>Этот конфликт уже решён, или решение по нему уже отправляется.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="299"/>
        <source>“{action}” is not a way to resolve a conflict.</source>
        <translation>«{action}» — не способ решить конфликт.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="300"/>
        <source>This branch has used up its card numbers; ask the central library.</source>
        <translation>У филиала закончились номера читательских билетов; обратитесь в центральную библиотеку.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="303"/>
        <source>Card {card} is “{status}”; only an active reader can be blocked.</source>
        <translation>Билет {card}: статус «{status}»; заблокировать можно только действующего читателя.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="306"/>
        <source>{field}: this ИИН already belongs to reader {card}.</source>
        <translation>{field}: этот ИИН уже указан у читателя {card}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="309"/>
        <source>“{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{value}» — это не дата (пишите в виде ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="310"/>
        <source>The branch already has {readers} readers; demo data goes into a new one.</source>
        <translation>В филиале уже есть читатели ({readers}); демо-данные загружаются только в новый филиал.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="313"/>
        <source>{field}: the file name must end in .pdf.</source>
        <translation>{field}: имя файла должно оканчиваться на .pdf.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="314"/>
        <source>Name the readers by card number, or give the date they registered since.</source>
        <translation>Укажите читателей по номерам билетов или дату, с которой они записаны.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="317"/>
        <source>There is nothing to print for this choice.</source>
        <translation>По этому выбору печатать нечего.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="318"/>
        <source>“{value}” is not a period: give a month (2026-11), a quarter (2026-Q4) or a year.</source>
        <translation>«{value}» — не период: укажите месяц (2026-11), квартал (2026-Q4) или год.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="322"/>
        <source>No such report; the reports are: {known}.</source>
        <translation>Такого отчёта нет; есть отчёты: {known}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="323"/>
        <source>{field}: the file name must end in .pdf or .xlsx.</source>
        <translation>{field}: имя файла должно оканчиваться на .pdf или .xlsx.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="324"/>
        <source>No slip has been printed at this desk yet.</source>
        <translation>На этом рабочем месте ещё не печатали ни одного листка.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="325"/>
        <source>Name the copies by barcode, give a date they came since, or one copy&apos;s title.</source>
        <translation>Укажите экземпляры по штрихкодам, дату, с которой они поступили, или экземпляр, все копии названия которого нужны.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="328"/>
        <source>Cannot write {path}: check the folder exists and is not read-only.</source>
        <translation>Не удаётся записать {path}: проверьте, что папка существует и открыта для записи.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="331"/>
        <source>The font file {path} is missing; reinstall branchdesk.</source>
        <translation>Нет файла шрифта {path}; переустановите branchdesk.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="335"/>
        <source>ISBN “{isbn}” is not valid; the record is imported without it.</source>
        <translation>ISBN «{isbn}» неверен; запись загружена без него.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="339"/>
        <source>The record&apos;s leader is damaged (its length or data address is not a number, or wrong).</source>
        <translation>Маркер записи (leader) повреждён: длина или адрес данных не число либо неверны.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="343"/>
        <source>The record&apos;s directory is damaged: its fields cannot be found.</source>
        <translation>Справочник записи повреждён: поля найти нельзя.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="347"/>
        <source>The record is not in {encoding}: choose the file&apos;s character set (--encoding).</source>
        <translation>Запись не в кодировке {encoding}: выберите кодировку файла (--encoding).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="351"/>
        <source>The file ends in the middle of this record (the file is cut short).</source>
        <translation>Файл обрывается посреди этой записи (файл неполный).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="355"/>
        <source>The record cannot be read ({reason}).</source>
        <translation>Запись не читается ({reason}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="359"/>
        <source>The XML is damaged at line {line}, column {column}; nothing after it can be read.</source>
        <translation>XML повреждён в строке {line}, столбце {column}; дальше ничего не читается.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="363"/>
        <source>The record has no title.</source>
        <translation>У записи нет заглавия.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="367"/>
        <source>A copy has neither a barcode nor an inventory number; it is left out.</source>
        <translation>У экземпляра нет ни штрихкода, ни инвентарного номера; он не загружен.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="371"/>
        <source>This reader is already registered under card {card}.</source>
        <translation>Этот читатель уже записан под билетом {card}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="375"/>
        <source>Card {card} already belongs to another reader.</source>
        <translation>Билет {card} уже принадлежит другому читателю.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="379"/>
        <source>The row has merged cells: unmerge them in Excel and import again.</source>
        <translation>В строке объединённые ячейки: разъедините их в Excel и загрузите снова.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="383"/>
        <source>The header row of {path} has merged cells: unmerge them in Excel.</source>
        <translation>В строке заголовков {path} объединённые ячейки: разъедините их в Excel.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="387"/>
        <source>The row has {count} cells, the header only {max}.</source>
        <translation>В строке {count} ячеек, а в заголовке только {max}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="391"/>
        <source>The file has no column for: {columns}. Choose the columns (--mapping).</source>
        <translation>В файле нет столбцов: {columns}. Укажите столбцы (--mapping).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="395"/>
        <source>{path} is empty.</source>
        <translation>Файл {path} пуст.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="399"/>
        <source>{path} is not a catalogue file branchdesk reads (MARC, MARCXML, CSV, XLSX); choose the format (--format) if it is one.</source>
        <translation>{path} не файл каталога, который читает branchdesk (MARC, MARCXML, CSV, XLSX); если это он, укажите формат (--format).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="404"/>
        <source>{path} cannot be read as a workbook.</source>
        <translation>{path} не читается как книга Excel.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="408"/>
        <source>The first row of {path} is empty: it must name the columns.</source>
        <translation>Первая строка {path} пуста: в ней должны быть названия столбцов.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="412"/>
        <source>“{mapping}” is not a column mapping (write field=Header,field=Header).</source>
        <translation>«{mapping}» не соответствие столбцов (пишите поле=Заголовок,поле=Заголовок).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="416"/>
        <source>There is no field “{field}” to map a column to.</source>
        <translation>Нет поля «{field}», с которым можно сопоставить столбец.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="420"/>
        <source>The {encoding} character set is not used in {format} files.</source>
        <translation>Кодировка {encoding} не используется в файлах {format}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="424"/>
        <source>Readers are imported from CSV or Excel lists, not from {format}.</source>
        <translation>Читатели загружаются из списков CSV или Excel, а не из {format}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="428"/>
        <source>Copy {barcode} names no branch: give one (--branch).</source>
        <translation>У экземпляра {barcode} не указан филиал: укажите его (--branch).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="438"/>
        <source>Cannot open {path}: check that the file is there and can be read.</source>
        <translation>Не удаётся открыть {path}: проверьте, что файл есть и его можно прочитать.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="442"/>
        <source>The record is not in {encoding}: choose the file&apos;s character set above.</source>
        <translation>Запись не в кодировке {encoding}: выберите кодировку файла выше.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="446"/>
        <source>The file has no column for: {columns}. Choose the columns on the right.</source>
        <translation>В файле нет столбца для: {columns}. Выберите столбцы справа.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="450"/>
        <source>{path} is not a catalogue file branchdesk reads (MARC, MARCXML, CSV, XLSX); choose its format above if it is one.</source>
        <translation>{path} не файл каталога, который читает branchdesk (MARC, MARCXML, CSV, XLSX); если это он, выберите его формат выше.</translation>
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
        <location filename="../branchdesk/messages.py" line="483"/>
        <source>Central library address</source>
        <translation>Адрес центральной библиотеки</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="484"/>
        <source>Output file</source>
        <translation>Файл для сохранения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="485"/>
        <source>Registered since</source>
        <translation>Записаны с</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="486"/>
        <source>Registered on</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="487"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="488"/>
        <source>Card valid until</source>
        <translation>Билет действителен до</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="489"/>
        <source>Loan rules</source>
        <translation>Правила выдачи</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="490"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="491"/>
        <source>Weekly days off</source>
        <translation>Выходные дни недели</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="492"/>
        <source>Closed days</source>
        <translation>Нерабочие дни</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="493"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="494"/>
        <source>Branch token</source>
        <translation>Токен филиала</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="495"/>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="496"/>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="497"/>
        <source>Loan</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="498"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="499"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="500"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="501"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="502"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="503"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="504"/>
        <source>Reader group</source>
        <translation>Группа читателей</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="505"/>
        <source>School or workplace</source>
        <translation>Место учёбы или работы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="506"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="507"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="508"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="509"/>
        <source>House</source>
        <translation>Дом</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="510"/>
        <source>Flat</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="511"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="512"/>
        <source>Guarantor</source>
        <translation>Поручитель</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="513"/>
        <source>Guarantor&apos;s ИИН</source>
        <translation>ИИН поручителя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="514"/>
        <source>Guarantor&apos;s phone</source>
        <translation>Телефон поручителя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="515"/>
        <source>Consent to data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="516"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="517"/>
        <source>Card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="518"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="519"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="520"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="521"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="522"/>
        <source>Publisher</source>
        <translation>Издательство</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="523"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="524"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="525"/>
        <source>BBK index</source>
        <translation>Индекс ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="526"/>
        <source>UDC index</source>
        <translation>Индекс УДК</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="527"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="528"/>
        <source>Until</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="529"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="530"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="531"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="532"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="533"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="534"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="535"/>
        <source>Attendance</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="536"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="537"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="538"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="539"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="540"/>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="541"/>
        <source>Staff login</source>
        <translation>Логин сотрудника</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="542"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="543"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="544"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="545"/>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="546"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="547"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="548"/>
        <source>Days off</source>
        <translation>Выходные дни</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="549"/>
        <source>Item type</source>
        <translation>Вид издания</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="550"/>
        <source>Name in Kazakh</source>
        <translation>Название на казахском</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="551"/>
        <source>Name in Russian</source>
        <translation>Название на русском</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="552"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="553"/>
        <source>Loan days</source>
        <translation>Срок выдачи (дней)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="554"/>
        <source>Max loans</source>
        <translation>Максимум книг на руках</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="555"/>
        <source>Max renewals</source>
        <translation>Максимум продлений</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="556"/>
        <source>Renewal days</source>
        <translation>Срок продления (дней)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="557"/>
        <source>Idle lock (minutes)</source>
        <translation>Автоблокировка (минут)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="558"/>
        <source>Readers</source>
        <translation>Читатели</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="559"/>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="560"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="561"/>
        <source>Due date</source>
        <translation>Срок возврата</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="563"/>
        <source>Subtitle</source>
        <translation>Подзаголовок</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="564"/>
        <source>Subject headings</source>
        <translation>Предметные рубрики</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="565"/>
        <source>Record number</source>
        <translation>Номер записи</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="566"/>
        <source>Home branch</source>
        <translation>Филиал-владелец</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="567"/>
        <source>Date received</source>
        <translation>Дата поступления</translation>
    </message>
</context>
<context>
    <name>item_kinds</name>
    <message>
        <location filename="../branchdesk/messages.py" line="477"/>
        <source>Books</source>
        <translation>Книги</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="478"/>
        <source>Periodicals</source>
        <translation>Периодические издания</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="479"/>
        <source>Audio and video</source>
        <translation>Аудиовизуальные материалы</translation>
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
        <location filename="../branchdesk/messages.py" line="47"/>
        <source>{kind} on loan to the reader: {count}; the limit is {limit}.</source>
        <translation>{kind}: на руках у читателя {count}; лимит — {limit}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="64"/>
        <source>The loan has reached the renewal limit ({limit}).</source>
        <translation>Достигнут предел продлений ({limit}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="72"/>
        <source>Returned late: days overdue {days} (reader {card}).</source>
        <translation>Возвращено с опозданием: дней просрочки — {days} (читатель {card}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="50"/>
        <source>Copy {barcode} is still on loan to reader {card}: its return was missed. Lending it closes that loan.</source>
        <translation>Экземпляр {barcode} всё ещё числится за читателем {card}: возврат не был отмечен. Новая выдача закроет прежнюю.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="55"/>
        <source>Copy {barcode} is for use in the library only.</source>
        <translation>Экземпляр {barcode} — только для чтения в библиотеке, на дом не выдаётся.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="58"/>
        <source>Copy {barcode} is marked lost. Lending it marks it found.</source>
        <translation>Экземпляр {barcode} отмечен как утерянный. При выдаче он будет отмечен как найденный.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="61"/>
        <source>Copy {barcode} is in transit to its home branch.</source>
        <translation>Экземпляр {barcode} в пути — его отправляют в свой филиал.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="67"/>
        <source>The reader has overdue books: {count}.</source>
        <translation>У читателя есть просроченные книги: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="68"/>
        <source>The copy belongs to branch {branch}.</source>
        <translation>Экземпляр принадлежит филиалу {branch}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="69"/>
        <source>The reader has not been re-registered for {year}.</source>
        <translation>Читатель не прошёл перерегистрацию на {year} год.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="75"/>
        <source>Put the copy aside to be sent to branch {branch}.</source>
        <translation>Отложите экземпляр для отправки в филиал {branch}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="78"/>
        <source>One more book and the reader reaches the limit of {limit}.</source>
        <translation>Ещё одна книга — и читатель достигнет лимита ({limit}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="81"/>
        <source>Due date shortened to the card&apos;s end of validity, {valid_until}.</source>
        <translation>Срок возврата сокращён до окончания действия билета: {valid_until}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="84"/>
        <source>Copy {barcode} is back at its home branch and on the shelf again.</source>
        <translation>Экземпляр {barcode} вернулся в свой филиал и снова на полке.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="87"/>
        <source>Copy {barcode} was marked lost and is now found again.</source>
        <translation>Экземпляр {barcode} числился утерянным и теперь найден.</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <location filename="../branchdesk/messages.py" line="458"/>
        <source>active</source>
        <translation>активный</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="459"/>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="460"/>
        <source>card lost</source>
        <translation>билет утерян</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="461"/>
        <source>cancelled</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="462"/>
        <source>on the shelf</source>
        <translation>на полке</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="463"/>
        <source>on loan</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="464"/>
        <source>in transit</source>
        <translation>в пути</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="465"/>
        <source>lost</source>
        <translation>утерян</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="466"/>
        <source>written off</source>
        <translation>списан</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="467"/>
        <source>library use only</source>
        <translation>только для чтения в библиотеке</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="468"/>
        <source>waiting</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="469"/>
        <source>applied</source>
        <translation>принята</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="470"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="471"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="472"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="8"/>
        <source>Summary of the library&apos;s work</source>
        <translation>Сводка о работе библиотеки</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="9"/>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="10"/>
        <source>Indicators</source>
        <translation>Относительные показатели</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="11"/>
        <source>Loans and visits by month</source>
        <translation>Выдача и посещения по месяцам</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="12"/>
        <source>Events by programme and form</source>
        <translation>Мероприятия по программам и формам</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="13"/>
        <source>Readers (registered and re-registered since 1 January)</source>
        <translation>Читатели (записанные и перерегистрированные с 1 января)</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="16"/>
        <source>New readers in the period</source>
        <translation>Новые читатели за период</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="17"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="18"/>
        <source>Loans</source>
        <translation>Выдача</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="19"/>
        <source>Events held</source>
        <translation>Проведено мероприятий</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="20"/>
        <source>Came to events</source>
        <translation>Посетили мероприятия</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="21"/>
        <source>Fund (copies not written off)</source>
        <translation>Фонд (экземпляры, не списанные)</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="22"/>
        <source>Reading intensity (читаемость)</source>
        <translation>Читаемость</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="23"/>
        <source>Visits per reader (посещаемость)</source>
        <translation>Посещаемость</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="24"/>
        <source>Fund turnover (обращаемость)</source>
        <translation>Обращаемость фонда</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="25"/>
        <source>Books per reader (книгообеспеченность)</source>
        <translation>Книгообеспеченность</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="26"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="27"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="28"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="29"/>
        <source>Events</source>
        <translation>Мероприятий</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="30"/>
        <source>Came</source>
        <translation>Пришло</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="31"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="32"/>
        <source>outside the programmes</source>
        <translation>вне программ</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="33"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="34"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="35"/>
        <source>Made of</source>
        <translation>Из чего складывается</translation>
    </message>
</context>
</TS>
