<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>The file {path} does not exist.</source>
        <translation>Файл {path} не найден.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="176"/>
        <source>The backup {path} belongs to branch {found}, not to this branch {wanted}.</source>
        <translation>Резервная копия {path} принадлежит филиалу {found}, а не этому филиалу ({wanted}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="179"/>
        <source>{pending} operations have not reached the central library yet and would be lost. Sync first, or repeat with --force (the current database is kept in {path}).</source>
        <translation>Операций, ещё не переданных в центральную библиотеку: {pending}; при восстановлении они пропадут. Сначала выполните синхронизацию или повторите команду с --force (текущая база сохранена в {path}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="184"/>
        <source>{path} is the branch database itself; choose another file for the backup.</source>
        <translation>{path} — это сама база филиала; для резервной копии выберите другой файл.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="187"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>Не удаётся использовать {path}: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="188"/>
        <source>This branch has used up its card numbers; ask the central library.</source>
        <translation>У филиала закончились номера читательских билетов; обратитесь в центральную библиотеку.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="191"/>
        <source>Card {card} is “{status}”; only an active reader can be blocked.</source>
        <translation>Билет {card}: статус «{status}»; заблокировать можно только действующего читателя.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="194"/>
        <source>{field}: this ИИН already belongs to reader {card}.</source>
        <translation>{field}: этот ИИН уже указан у читателя {card}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="197"/>
        <source>“{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{value}» — это не дата (пишите в виде ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="198"/>
        <source>The branch already has {readers} readers; demo data goes into a new one.</source>
        <translation>В филиале уже есть читатели ({readers}); демо-данные загружаются только в новый филиал.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../branchdesk/messages.py" line="222"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="223"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="224"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="225"/>
        <source>ИИН</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="226"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="227"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="228"/>
        <source>Reader group</source>
        <translation>Группа читателей</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="229"/>
        <source>School or workplace</source>
        <translation>Место учёбы или работы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="230"/>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="231"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="232"/>
        <source>Street</source>
        <translation>Улица</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="233"/>
        <source>House</source>
        <translation>Дом</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="234"/>
        <source>Flat</source>
        <translation>Квартира</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="235"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="236"/>
        <source>Guarantor</source>
        <translation>Поручитель</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="237"/>
        <source>Guarantor&apos;s ИИН</source>
        <translation>ИИН поручителя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="238"/>
        <source>Guarantor&apos;s phone</source>
        <translation>Телефон поручителя</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="239"/>
        <source>Consent to data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="240"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="241"/>
        <source>Card</source>
        <translation>Читательский билет</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="242"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="243"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="244"/>
        <source>Authors</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="245"/>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="246"/>
        <source>Publisher</source>
        <translation>Издательство</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="247"/>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="248"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="249"/>
        <source>BBK index</source>
        <translation>Индекс ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="250"/>
        <source>UDC index</source>
        <translation>Индекс УДК</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="251"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="252"/>
        <source>Until</source>
        <translation>Срок до</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="253"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="254"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="255"/>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="256"/>
        <source>Place</source>
        <translation>Место проведения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="257"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="258"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="259"/>
        <source>Attendance</source>
        <translation>Число участников</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="260"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="261"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="262"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="263"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="264"/>
        <source>Limit</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="265"/>
        <source>Staff login</source>
        <translation>Логин сотрудника</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="266"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="267"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="268"/>
        <source>Inventory number</source>
        <translation>Инвентарный номер</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="269"/>
        <source>Location</source>
        <translation>Место хранения</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="270"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="271"/>
        <source>Readers</source>
        <translation>Читатели</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="272"/>
        <source>Copies</source>
        <translation>Экземпляры</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="273"/>
        <source>Years</source>
        <translation>Годы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="274"/>
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
        <location filename="../branchdesk/messages.py" line="204"/>
        <source>active</source>
        <translation>активный</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="205"/>
        <source>blocked</source>
        <translation>заблокирован</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="206"/>
        <source>card lost</source>
        <translation>билет утерян</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="207"/>
        <source>cancelled</source>
        <translation>аннулирован</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="208"/>
        <source>on the shelf</source>
        <translation>на полке</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="209"/>
        <source>on loan</source>
        <translation>выдан</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="210"/>
        <source>in transit</source>
        <translation>в пути</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="211"/>
        <source>lost</source>
        <translation>утерян</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="212"/>
        <source>written off</source>
        <translation>списан</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="213"/>
        <source>library use only</source>
        <translation>только для чтения в библиотеке</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="214"/>
        <source>waiting</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="215"/>
        <source>applied</source>
        <translation>принята</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="216"/>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="217"/>
        <source>conflict</source>
        <translation>конфликт</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="218"/>
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
</context>
</TS>
