<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>cli</name>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="86"/>
        <source>{barcode}: needs a librarian&apos;s confirmation:</source>
        <translation>{barcode}: кітапханашының растауы керек:</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="90"/>
        <source>  To go ahead, repeat with --override &quot;REASON&quot;.</source>
        <translation>  Жалғастыру үшін команданы --override &quot;СЕБЕП&quot; қосып қайталаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="92"/>
        <source>{barcode}: not done:</source>
        <translation>{barcode}: орындалмады:</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="117"/>
        <source>{barcode} «{title}» lent to {card}, due {due}</source>
        <translation>{barcode} «{title}» берілді, оқырман: {card}, қайтару мерзімі: {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="134"/>
        <source>{barcode} «{title}» returned by {card}</source>
        <translation>{barcode} «{title}» қайтарылды, оқырман: {card}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="140"/>
        <source>{barcode} is back on the shelf</source>
        <translation>{barcode} қайтадан сөреде</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/circulation.py" line="153"/>
        <source>{barcode} «{title}» renewed, now due {due}</source>
        <translation>{barcode} «{title}» мерзімі ұзартылды, енді қайтару мерзімі: {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="130"/>
        <source>never</source>
        <comment>last sync: never</comment>
        <translation>әлі болған жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="132"/>
        <source>Branch {branch} ({path})</source>
        <translation>Филиал {branch} ({path})</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="133"/>
        <source>Readers: {readers}</source>
        <translation>Оқырмандар: {readers}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="134"/>
        <source>Catalogue: {records} titles, {items} copies, {on_loan} on loan</source>
        <translation>Каталог: {records} атау, {items} дана, оның {on_loan} данасы оқырмандарда</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="135"/>
        <source>Loans: {open} open, {overdue} overdue, {total} in all</source>
        <translation>Кітап беру: қайтарылмағаны {open}, мерзімі өткені {overdue}, барлығы {total}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="136"/>
        <source>Journal: {pending} operations waiting to be sent, {journal} in all</source>
        <translation>Журнал: жіберуді күтіп тұрған {pending} операция, барлығы {journal}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="137"/>
        <source>Last sync: {last_sync}</source>
        <translation>Соңғы синхрондау: {last_sync}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="138"/>
        <source>Conflicts: {conflicts}</source>
        <translation>Қайшылықтар: {conflicts}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="53"/>
        <source>Branch {branch} is ready in {path}</source>
        <translation>{branch} филиалы жұмысқа дайын: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="82"/>
        <source>Demo branch {branch}: readers {readers}, copies {items}, loans {loans} (open {open}), in {path}</source>
        <translation>Демо филиал {branch}: оқырмандар {readers}, даналар {items}, берілген кітаптар {loans} (қолда {open}), база: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="109"/>
        <source>Backup written to {path}</source>
        <translation>Сақтық көшірме сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="135"/>
        <source>The current database was saved to {path}</source>
        <translation>Ағымдағы дерекқордың көшірмесі сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="143"/>
        <source>Restored {source} into {path}</source>
        <translation>{path} дерекқоры {source} көшірмесінен қалпына келтірілді</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../branchdesk/messages.py" line="90"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="91"/>
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: ең көбі {max} таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="92"/>
        <source>{field}: this does not look like a name.</source>
        <translation>{field}: бұл адам атына ұқсамайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="93"/>
        <source>{field}: contains characters not allowed.</source>
        <translation>{field}: рұқсат етілмеген таңбалар бар.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="94"/>
        <source>{field}: the date is in the future.</source>
        <translation>{field}: болашақтағы күн көрсетілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="95"/>
        <source>{field}: the date is in the past.</source>
        <translation>{field}: өткен күн көрсетілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="96"/>
        <source>{field}: an ИИН has exactly 12 digits.</source>
        <translation>{field}: ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="97"/>
        <source>{field}: the 7th digit of an ИИН must be 1 to 6.</source>
        <translation>{field}: ЖСН-нің жетінші цифры 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="98"/>
        <source>{field}: the first six digits are not a real birth date.</source>
        <translation>{field}: алғашқы алты цифр нақты туған күнге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="101"/>
        <source>{field}: the check digit is wrong; look for a mistyped digit.</source>
        <translation>{field}: бақылау цифры сәйкес келмейді; қате терілген цифрды іздеңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="104"/>
        <source>{field}: such an ИИН is never issued.</source>
        <translation>{field}: мұндай ЖСН ешқашан берілмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="105"/>
        <source>{field}: differs from the birth date in the ИИН.</source>
        <translation>{field}: ЖСН-дегі туған күнге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="108"/>
        <source>{field}: differs from the ИИН.</source>
        <translation>{field}: ЖСН-ге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="109"/>
        <source>{field}: a child registers with a parent or guardian as guarantor.</source>
        <translation>{field}: бала тек кепілмен — ата-анасымен немесе қамқоршысымен — тіркеледі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="112"/>
        <source>{field}: unknown group {category}.</source>
        <translation>{field}: «{category}» деген топ жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="113"/>
        <source>{field}: must be m or f.</source>
        <translation>{field}: m (ер) немесе f (әйел) деп көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="114"/>
        <source>Barcode {barcode} is already on another copy.</source>
        <translation>{barcode} штрихкоды басқа данаға бұрыннан берілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="115"/>
        <source>{field}: {year} is not a possible year.</source>
        <translation>{field}: {year} — жарамсыз жыл.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="116"/>
        <source>A copy cannot be set to “{status}” by hand.</source>
        <translation>Данаға «{status}» күйін қолмен қоюға болмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="119"/>
        <source>A copy that is “{old}” cannot be made “{new}”.</source>
        <translation>«{old}» күйіндегі дананы «{new}» күйіне ауыстыруға болмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="122"/>
        <source>Copy {barcode} is on loan; take it back first.</source>
        <translation>{barcode} данасы оқырманда; алдымен қайтаруды рәсімдеңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="123"/>
        <source>{field}: counts cannot be negative.</source>
        <translation>{field}: сан теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="124"/>
        <source>{field}: children and youth together exceed the total of {total}.</source>
        <translation>{field}: балалар мен жастар бірге жалпы саннан ({total}) асып кетті.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="127"/>
        <source>Give a reason to go ahead despite the warning.</source>
        <translation>Ескертуге қарамастан жалғастыру үшін себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="130"/>
        <source>{field}: letters, digits, dots and underscores only.</source>
        <translation>{field}: тек әріп, цифр, нүкте және астыңғы сызық қолдануға болады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="133"/>
        <source>{field}: {login} is already taken.</source>
        <translation>{field}: «{login}» бос емес.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="134"/>
        <source>{field}: at least {min} characters.</source>
        <translation>{field}: кемінде {min} таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="135"/>
        <source>“{code}” is not a branch code: 2 to 5 capital Latin letters, such as BST.</source>
        <translation>«{code}» — филиал коды емес: латынның 2–5 бас әрпі керек, мысалы, BST.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="138"/>
        <source>This database belongs to branch {found}, not {wanted}.</source>
        <translation>Бұл дерекқор {wanted} филиалына емес, {found} филиалына тиесілі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="141"/>
        <source>No branch is set up yet ({path}). Run “branchdesk init --branch CODE --name NAME” or “branchdesk demo”.</source>
        <translation>Филиал әлі бапталмаған ({path}). «branchdesk init --branch CODE --name NAME» немесе «branchdesk demo» командасын орындаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="146"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск толып қалды, ештеңе сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="149"/>
        <source>The database {path} is read-only; nothing was saved. Check its permissions.</source>
        <translation>{path} дерекқоры тек оқуға ғана ашылады, ештеңе сақталмады. Қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="152"/>
        <source>The database {path} is damaged. Restore the latest backup with “branchdesk restore FILE”.</source>
        <translation>{path} дерекқоры бүлінген. Соңғы сақтық көшірмені «branchdesk restore FILE» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="156"/>
        <source>The database {path} cannot be opened. Check the folder and its permissions.</source>
        <translation>{path} дерекқорын ашу мүмкін болмады. Қалтаны және оған қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="159"/>
        <source>The database {path} is busy in another program. Try again in a moment.</source>
        <translation>{path} дерекқорын басқа бағдарлама пайдаланып жатыр. Сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="162"/>
        <source>The disk could not be read or written ({path}). Check the disk.</source>
        <translation>Дискіден оқу немесе дискіге жазу мүмкін болмады ({path}). Дискіні тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="165"/>
        <source>{path} is not a branchdesk database.</source>
        <translation>{path} — branchdesk дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="166"/>
        <source>The database {path} was written by a newer branchdesk (schema {found}; this version knows {known}). Install the newer version.</source>
        <translation>{path} дерекқорын branchdesk-тің жаңарақ нұсқасы жазған (схемасы {found}; бұл нұсқа білетін соңғы схема — {known}). Жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="171"/>
        <source>Updating {path} would break links between records; it was left unchanged.</source>
        <translation>{path} жаңартылса, жазбалар арасындағы байланыстар бұзылар еді, сондықтан дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="174"/>
        <source>{field}: must be at least 1.</source>
        <translation>{field}: кемінде 1 болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="175"/>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы табылмады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="176"/>
        <source>The backup {path} belongs to branch {found}, not to this branch {wanted}.</source>
        <translation>{path} сақтық көшірмесі осы филиалға ({wanted}) емес, {found} филиалына тиесілі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="179"/>
        <source>{pending} operations have not reached the central library yet and would be lost. Sync first, or repeat with --force (the current database is kept in {path}).</source>
        <translation>Орталық кітапханаға әлі жетпеген операциялар: {pending}; қалпына келтірсе, олар жоғалады. Алдымен синхрондаңыз немесе команданы --force арқылы қайталаңыз (қазіргі база {path} ішінде сақталды).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="184"/>
        <source>{path} is the branch database itself; choose another file for the backup.</source>
        <translation>{path} — филиалдың өз базасы; сақтық көшірмеге басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="187"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>{path} пайдалану мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="188"/>
        <source>This branch has used up its card numbers; ask the central library.</source>
        <translation>Филиалдың оқырман билеті нөмірлері таусылды; орталық кітапханаға хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="191"/>
        <source>Card {card} is “{status}”; only an active reader can be blocked.</source>
        <translation>{card} билетінің күйі: «{status}»; тек белсенді оқырманды бұғаттауға болады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="194"/>
        <source>{field}: this ИИН already belongs to reader {card}.</source>
        <translation>{field}: бұл ЖСН {card} оқырманында көрсетілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="197"/>
        <source>“{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{value}» — жарамсыз күн (ЖЖЖЖ-АА-КК түрінде жазыңыз).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="198"/>
        <source>The branch already has {readers} readers; demo data goes into a new one.</source>
        <translation>Филиалда оқырмандар бар ({readers}); демо деректер тек жаңа филиалға жүктеледі.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../branchdesk/messages.py" line="222"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="223"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="224"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="225"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="226"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="227"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="228"/>
        <source>Reader group</source>
        <translation>Оқырман тобы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="229"/>
        <source>School or workplace</source>
        <translation>Оқу немесе жұмыс орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="230"/>
        <source>Education</source>
        <translation>Білімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="231"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="232"/>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="233"/>
        <source>House</source>
        <translation>Үй</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="234"/>
        <source>Flat</source>
        <translation>Пәтер</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="235"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="236"/>
        <source>Guarantor</source>
        <translation>Кепіл</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="237"/>
        <source>Guarantor&apos;s ИИН</source>
        <translation>Кепілдің ЖСН-і</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="238"/>
        <source>Guarantor&apos;s phone</source>
        <translation>Кепілдің телефоны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="239"/>
        <source>Consent to data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="240"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="241"/>
        <source>Card</source>
        <translation>Оқырман билеті</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="242"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="243"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="244"/>
        <source>Authors</source>
        <translation>Авторлары</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="245"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="246"/>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="247"/>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="248"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="249"/>
        <source>BBK index</source>
        <translation>ББК индексі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="250"/>
        <source>UDC index</source>
        <translation>ӘОЖ индексі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="251"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="252"/>
        <source>Until</source>
        <translation>Қай күнге дейін</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="253"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="254"/>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="255"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="256"/>
        <source>Place</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="257"/>
        <source>Audience</source>
        <translation>Кімге арналған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="258"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="259"/>
        <source>Attendance</source>
        <translation>Қатысқандар саны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="260"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="261"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="262"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="263"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="264"/>
        <source>Limit</source>
        <translation>Шектеу</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="265"/>
        <source>Staff login</source>
        <translation>Қызметкердің логині</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="266"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="267"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="268"/>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="269"/>
        <source>Location</source>
        <translation>Сақталатын орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="270"/>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="271"/>
        <source>Readers</source>
        <translation>Оқырмандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="272"/>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="273"/>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="274"/>
        <source>Due date</source>
        <translation>Қайтару мерзімі</translation>
    </message>
</context>
<context>
    <name>outcomes</name>
    <message>
        <location filename="../branchdesk/messages.py" line="14"/>
        <source>“{barcode}” is not a barcode. Scan the book&apos;s barcode again.</source>
        <translation>«{barcode}» — штрихкод емес. Кітаптың штрихкодын қайта сканерлеңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="17"/>
        <source>“{card}” is not a reader card number (it looks like BST-000123).</source>
        <translation>«{card}» — оқырман билетінің нөмірі емес (нөмір мына түрде болады: BST-000123).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="20"/>
        <source>No copy with barcode {barcode} in this branch&apos;s catalogue.</source>
        <translation>Штрихкоды {barcode} болатын дана бұл филиалдың каталогында жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="23"/>
        <source>No reader with card {card}.</source>
        <translation>Оқырман билеті табылмады: {card}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="24"/>
        <source>Copy {barcode} is written off and cannot be lent.</source>
        <translation>{barcode} данасы есептен шығарылған, оны беруге болмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="27"/>
        <source>Card {card} is cancelled.</source>
        <translation>{card} оқырман билетінің күші жойылған.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="28"/>
        <source>Card {card} was reported lost. Ask for an identity document.</source>
        <translation>{card} оқырман билеті жоғалған деп хабарланған. Жеке басын куәландыратын құжатын сұраңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="31"/>
        <source>Copy {barcode} is already on loan to this reader. Renew it instead.</source>
        <translation>{barcode} данасы осы оқырманға берілген. Қайта бермей, мерзімін ұзартыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="34"/>
        <source>Copy {barcode} is not on loan.</source>
        <translation>{barcode} данасы ешкімге берілмеген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="35"/>
        <source>The due date {due} is in the past.</source>
        <translation>Қайтару мерзімі {due} — өткен күн.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="36"/>
        <source>The reader&apos;s card is valid only until {valid_until}: re-register the reader, then renew.</source>
        <translation>Оқырман билеті тек {valid_until} дейін жарамды: алдымен оқырманды қайта тіркеп, содан кейін мерзімін ұзартыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="40"/>
        <source>The reader is blocked: {reason}.</source>
        <translation>Оқырман бұғатталған: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="41"/>
        <source>The reader&apos;s card was valid until {valid_until}. Re-register the reader.</source>
        <translation>Оқырман билеті {valid_until} дейін жарамды болды. Оқырманды қайта тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="44"/>
        <source>Books the reader already has: {count}; the limit is {limit}.</source>
        <translation>Оқырманның қолындағы кітаптар: {count}; шегі — {limit}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="61"/>
        <source>The loan has reached the renewal limit ({limit}).</source>
        <translation>Мерзімді ұзарту шегіне жетті ({limit}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="69"/>
        <source>Returned late: days overdue {days} (reader {card}).</source>
        <translation>Кешігіп қайтарылды: мерзімі өткен күндер — {days} (оқырман {card}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="47"/>
        <source>Copy {barcode} is still on loan to reader {card}: its return was missed. Lending it closes that loan.</source>
        <translation>{barcode} данасы әлі де басқа оқырманда тұр (оқырман: {card}): қайтарылғаны белгіленбей қалған. Кітапты қазір берсеңіз, бұрынғы беру жабылады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="52"/>
        <source>Copy {barcode} is for use in the library only.</source>
        <translation>{barcode} данасын тек кітапхананың ішінде оқуға болады, үйге берілмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="55"/>
        <source>Copy {barcode} is marked lost. Lending it marks it found.</source>
        <translation>{barcode} данасы жоғалған деп белгіленген. Оны берсеңіз, табылды деп белгіленеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="58"/>
        <source>Copy {barcode} is in transit to its home branch.</source>
        <translation>{barcode} данасы өз филиалына жіберілуде (жолда).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="64"/>
        <source>The reader has overdue books: {count}.</source>
        <translation>Оқырманда мерзімі өткен кітаптар бар: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="65"/>
        <source>The copy belongs to branch {branch}.</source>
        <translation>Бұл дана {branch} филиалына тиесілі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="66"/>
        <source>The reader has not been re-registered for {year}.</source>
        <translation>Оқырман {year} жылға қайта тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="72"/>
        <source>Put the copy aside to be sent to branch {branch}.</source>
        <translation>Дананы {branch} филиалына жіберу үшін бөлек қойыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="75"/>
        <source>One more book and the reader reaches the limit of {limit}.</source>
        <translation>Тағы бір кітап берілсе, оқырман шектеуге ({limit}) жетеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="78"/>
        <source>Due date shortened to the card&apos;s end of validity, {valid_until}.</source>
        <translation>Қайтару мерзімі оқырман билетінің жарамдылық мерзіміне дейін қысқартылды: {valid_until}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="81"/>
        <source>Copy {barcode} is back at its home branch and on the shelf again.</source>
        <translation>{barcode} данасы өз филиалына оралды, қайтадан сөреде.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="84"/>
        <source>Copy {barcode} was marked lost and is now found again.</source>
        <translation>{barcode} данасы жоғалған деп белгіленген еді, енді табылды.</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <location filename="../branchdesk/messages.py" line="204"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="205"/>
        <source>blocked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="206"/>
        <source>card lost</source>
        <translation>билеті жоғалған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="207"/>
        <source>cancelled</source>
        <translation>күші жойылған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="208"/>
        <source>on the shelf</source>
        <translation>сөреде</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="209"/>
        <source>on loan</source>
        <translation>берілген</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="210"/>
        <source>in transit</source>
        <translation>жолда</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="211"/>
        <source>lost</source>
        <translation>жоғалған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="212"/>
        <source>written off</source>
        <translation>есептен шығарылған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="213"/>
        <source>library use only</source>
        <translation>тек кітапханада оқылады</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="214"/>
        <source>waiting</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="215"/>
        <source>applied</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="216"/>
        <source>duplicate</source>
        <translation>қайталанған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="217"/>
        <source>conflict</source>
        <translation>қайшылық</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="218"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
</context>
</TS>
