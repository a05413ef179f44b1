<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/admin_account.py" line="42"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/admin_account.py" line="43"/>
        <source>Repeat password</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/admin_account.py" line="51"/>
        <source>The two passwords differ.</source>
        <translation>Құпиясөздер сәйкес келмейді.</translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="440"/>
        <source>Branch administrator</source>
        <translation>Филиал әкімшісі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="441"/>
        <source>The last step: the account that looks after this desk.</source>
        <translation>Соңғы қадам: осы жұмыс орнына жауапты тіркелгі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="444"/>
        <source>The administrator sets the rules and adds the other librarians. Keep the password where only you can find it.</source>
        <translation>Әкімші ережелерді белгілейді және басқа кітапханашыларды қосады. Құпиясөзді тек өзіңіз табатын жерде сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>AlonePage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="336"/>
        <source>This branch</source>
        <translation>Осы филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="337"/>
        <source>Work alone for now: the branch is set up on this computer.</source>
        <translation>Әзірге дербес жұмыс: филиал осы компьютерде құрылады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="340"/>
        <source>Enter the branch code given by the central library (2 to 5 capital Latin letters, such as BST) and the branch&apos;s name. Reader cards carry the code.</source>
        <translation>Орталық кітапхана берген филиал кодын (2–5 бас латын әрпі, мысалы BST) және филиалдың атауын енгізіңіз. Оқырман билеттерінде осы код болады.</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="121"/>
        <source>Block reader</source>
        <translation>Оқырманды бұғаттау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="123"/>
        <source>Block {name} ({card}): no loans until unblocked.</source>
        <translation>{name} ({card}) оқырманын бұғаттау: бұғаттан шығарылғанша кітап берілмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="127"/>
        <source>Reason *</source>
        <translation>Себебі *</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="128"/>
        <source>Until</source>
        <translation>Қай күнге дейін</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="129"/>
        <source>for example: lost a book, did not pay</source>
        <translation>мысалы: кітапты жоғалтты, төлемеді</translation>
    </message>
</context>
<context>
    <name>BranchFields</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="183"/>
        <source>Branch code</source>
        <translation>Филиал коды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="184"/>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="185"/>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
</context>
<context>
    <name>BranchTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="219"/>
        <source>Branch code</source>
        <translation>Филиал коды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="220"/>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="221"/>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="222"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="226"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="534"/>
        <source>New Year</source>
        <translation>Жаңа жыл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="534"/>
        <source>Nauryz</source>
        <translation>Наурыз мейрамы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="538"/>
        <source>Orthodox Christmas</source>
        <translation>Православиелік Рождество</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="539"/>
        <source>International Women&apos;s Day</source>
        <translation>Халықаралық әйелдер күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="543"/>
        <source>Unity Day of the People of Kazakhstan</source>
        <translation>Қазақстан халқының бірлігі мерекесі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="544"/>
        <source>Defender of the Fatherland Day</source>
        <translation>Отан қорғаушы күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="545"/>
        <source>Victory Day</source>
        <translation>Жеңіс күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="546"/>
        <source>Capital Day</source>
        <translation>Астана күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="547"/>
        <source>Constitution Day</source>
        <translation>Конституция күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="548"/>
        <source>Republic Day</source>
        <translation>Республика күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="549"/>
        <source>Independence Day</source>
        <translation>Тәуелсіздік күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="555"/>
        <source>Weekly days off</source>
        <translation>Апта ішіндегі демалыс күндері</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="556"/>
        <source>At least one day of the week stays open.</source>
        <translation>Аптаның кемінде бір күні жұмыс күні болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="557"/>
        <source>Closed dates</source>
        <translation>Жұмыс істемейтін күндер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="558"/>
        <location filename="../branchdesk/ui/settings.py" line="559"/>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="558"/>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="558"/>
        <location filename="../branchdesk/ui/settings.py" line="561"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="560"/>
        <source>to</source>
        <translation>аяқталуы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="562"/>
        <source>Repairs, Kurban Ait, no heating…</source>
        <translation>Жөндеу, Құрбан айт, жылу жоқ…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="563"/>
        <source>Add closed dates</source>
        <translation>Жұмыс істемейтін күндерді қосу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="564"/>
        <source>Remove selected</source>
        <translation>Таңдалғанын жою</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="565"/>
        <source>National holidays (always closed)</source>
        <translation>Мемлекеттік мерекелер (әрқашан демалыс)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="568"/>
        <source>Kurban Ait and the days off moved by government decree change every year: add them as closed dates.</source>
        <translation>Құрбан айт пен Үкімет қаулысымен ауыстырылған демалыс күндері жыл сайын өзгереді: оларды жұмыс істемейтін күндер ретінде қосыңыз.</translation>
    </message>
</context>
<context>
    <name>CardButton</name>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="91"/>
        <source>Print card</source>
        <translation>Билетті басып шығару</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="92"/>
        <source>On a card printer (85.6 × 54 mm)</source>
        <translation>Карта принтерінде (85,6 × 54 мм)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="93"/>
        <source>On an A4 sheet</source>
        <translation>A4 парағында</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="94"/>
        <source>All readers registered since a day (A4)…</source>
        <translation>Көрсетілген күннен бері тіркелгендердің бәріне (A4)…</translation>
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
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="271"/>
        <location filename="../branchdesk/ui/catalogue.py" line="390"/>
        <source>Authors</source>
        <translation>Авторлары</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="272"/>
        <location filename="../branchdesk/ui/catalogue.py" line="296"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="273"/>
        <location filename="../branchdesk/ui/catalogue.py" line="297"/>
        <source>Location</source>
        <translation>Сақталатын орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="295"/>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="321"/>
        <source>Lent</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="322"/>
        <source>Reader card</source>
        <translation>Оқырман билеті</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="323"/>
        <source>Due</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="324"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
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
        <translation>Дананы іздеу: атауы, авторы, штрихкод немесе түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="384"/>
        <source>Quick add…</source>
        <translation>Жылдам қосу…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="385"/>
        <source>Catalogue a donated book and its copy</source>
        <translation>Сыйға берілген кітап пен оның данасын каталогқа енгізу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="386"/>
        <source>Choose a copy to see its record, copies and loan history.</source>
        <translation>Басылымның сипаттамасын, барлық данасын және беру тарихын көру үшін дананы таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="387"/>
        <source>Record</source>
        <translation>Басылым сипаттамасы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="391"/>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="392"/>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="393"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="394"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="395"/>
        <source>BBK index</source>
        <translation>ББК индексі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="396"/>
        <source>Diary section</source>
        <translation>Күнделік бөлімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="402"/>
        <source>Copies of this title</source>
        <translation>Осы басылымның даналары</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="403"/>
        <source>Mark lost</source>
        <translation>Жоғалды деп белгілеу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="404"/>
        <source>Write off</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="405"/>
        <source>Found: back on the shelf</source>
        <translation>Табылды — сөреге қайтару</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="406"/>
        <source>Library use only</source>
        <translation>Тек кітапханада оқу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="407"/>
        <source>Loan history of this copy, newest first</source>
        <translation>Дананың берілу тарихы (ең жаңасы басында)</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/catalogue.py" line="426"/>
        <source>The first %n copies; type more to narrow the search.</source>
        <translation>
            <numerusform>Алғашқы %n дана көрсетілді; іздеуді нақтылаңыз.</numerusform>
            <numerusform>Алғашқы %n дана көрсетілді; іздеуді нақтылаңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/catalogue.py" line="428"/>
        <source>%n copies found</source>
        <translation>
            <numerusform>Табылғаны: %n дана</numerusform>
            <numerusform>Табылғаны: %n дана</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="516"/>
        <source>Copy {barcode}: {status}</source>
        <translation>{barcode} данасы: {status}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="534"/>
        <source>Copy {barcode} is now: {status}.</source>
        <translation>{barcode} данасының жаңа күйі: «{status}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="541"/>
        <source>Copy {barcode} was not changed.</source>
        <translation>{barcode} данасы өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="543"/>
        <source>Not changed</source>
        <translation>Өзгертілмеді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="555"/>
        <source>Added «{title}», copy {barcode}.</source>
        <translation>Қосылды: «{title}», данасы {barcode}.</translation>
    </message>
</context>
<context>
    <name>CentralTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="888"/>
        <source>This branch works alone: it is not connected to a central library.</source>
        <translation>Бұл филиал дербес жұмыс істейді: ол орталық кітапханаға қосылмаған.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="893"/>
        <source>Connected to {url}; not synced yet.</source>
        <translation>{url} мекенжайына қосылған; синхрондау әлі болған жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="895"/>
        <source>Connected to {url}; last sync {moment}.</source>
        <translation>{url} мекенжайына қосылған; соңғы синхрондау: {moment}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="901"/>
        <source>saved; type a new one to change it</source>
        <translation>сақталған; өзгерту үшін жаңасын енгізіңіз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="918"/>
        <source>Checking the connection with the central library…</source>
        <translation>Орталық кітапханамен байланыс тексерілуде…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="939"/>
        <source>Connected. The first sync is running…</source>
        <translation>Қосылды. Алғашқы синхрондау жүріп жатыр…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="966"/>
        <source>Sending: {done} of {total}</source>
        <translation>Жіберілуде: {total} ішінен {done}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="968"/>
        <source>Receiving: {done} of {total}</source>
        <translation>Қабылдануда: {total} ішінен {done}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="970"/>
        <source>Receiving: {done}</source>
        <translation>Қабылдануда: {done}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="989"/>
        <source>Connected to the central library. Sent: {sent}; received: {received}.</source>
        <translation>Орталық кітапханаға қосылды. Жіберілді: {sent}; қабылданды: {received}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1014"/>
        <source>Central library</source>
        <translation>Орталық кітапхана</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1015"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1016"/>
        <source>Branch token</source>
        <translation>Филиал токені</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1017"/>
        <source>Check and connect</source>
        <translation>Тексеріп, қосылу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1020"/>
        <source>The central library gives each branch its address and token. Both are checked with the central library before anything is saved; then this branch&apos;s work is sent and the readers of the whole system come in.</source>
        <translation>Мекенжай мен токенді әр филиалға орталық кітапхана береді. Ештеңе сақталмас бұрын екеуі де орталық кітапханада тексеріледі; содан кейін филиалдың жұмысы жіберіліп, бүкіл жүйенің оқырмандары жүктеледі.</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="83"/>
        <source>Confirm</source>
        <translation>Растау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="88"/>
        <source>Reason to go ahead (kept in the journal):</source>
        <translation>Жалғастыру себебі (журналда сақталады):</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="96"/>
        <source>Go ahead</source>
        <translation>Жалғастыру</translation>
    </message>
</context>
<context>
    <name>ConflictsScreen</name>
    <message>
        <location filename="../branchdesk/ui/app.py" line="95"/>
        <location filename="../branchdesk/ui/conflicts.py" line="190"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="82"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="83"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="84"/>
        <source>Copy</source>
        <translation>Дана</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="85"/>
        <source>Found</source>
        <translation>Анықталды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="94"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="95"/>
        <source>Card</source>
        <translation>Оқырман билеті</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="96"/>
        <source>Reader</source>
        <translation>Оқырман</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="97"/>
        <source>Lent</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="98"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="195"/>
        <source>The central library lists here what branches did that cannot all be true, such as one copy lent at two branches while they were offline. Decide what really happened: the decision goes to the central library and to every branch concerned.</source>
        <translation>Мұнда орталық кітапхана филиалдардың бір-біріне қайшы келетін әрекеттерін көрсетеді: мысалы, байланыс жоқ кезде бір дана екі филиалда берілген. Шын мәнінде не болғанын шешіңіз: шешім орталық кітапханаға және қатысы бар әр филиалға жіберіледі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="201"/>
        <source>Loans involved:</source>
        <translation>Қатысты берулер:</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="202"/>
        <source>Reason or note (goes with the decision):</source>
        <translation>Себебі немесе ескертпе (шешіммен бірге жіберіледі):</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="203"/>
        <source>for example: the reader brought the book back</source>
        <translation>мысалы: оқырман кітапты қайтарып әкелді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="204"/>
        <source>The copy is with this reader</source>
        <translation>Дана осы оқырманда</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="205"/>
        <source>Dismiss</source>
        <translation>Өзгеріссіз жабу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="215"/>
        <source>resolved</source>
        <translation>шешілді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="216"/>
        <source>sent</source>
        <translation>жіберілді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="216"/>
        <source>open</source>
        <translation>ашық</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="220"/>
        <source>Lent twice</source>
        <translation>Екі рет берілген</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="222"/>
        <source>Lent to a blocked reader</source>
        <translation>Бұғатталған оқырманға берілген</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="227"/>
        <source>on loan</source>
        <translation>оқырманда</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="234"/>
        <source>{barcode} “{title}”</source>
        <translation>{barcode} «{title}»</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="252"/>
        <source>Copy {copy} was lent at {branch1} to {card1} and at {branch2} to {card2} while both were offline.</source>
        <translation>{copy} данасы {branch1} филиалында {card1} оқырманына және {branch2} филиалында {card2} оқырманына берілген, ол кезде екі филиалда да байланыс болмаған.</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="256"/>
        <source>Copy {copy} was lent %n times while the branches were offline; the loans are below.</source>
        <translation>
            <numerusform>{copy} данасы филиалдарда байланыс жоқ кезде %n рет берілген; берулер төменде.</numerusform>
            <numerusform>{copy} данасы филиалдарда байланыс жоқ кезде %n рет берілген; берулер төменде.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="270"/>
        <source>Copy {copy} was lent at {branch} to {reader}, whose card is “{status}” at the central library: {reason}.</source>
        <translation>{copy} данасы {branch} филиалында {reader} оқырманына берілген, ал оның билеті орталық кітапханада «{status}»: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="274"/>
        <source>Copy {copy} was lent at {branch} to {reader}, whose card is “{status}” at the central library.</source>
        <translation>{copy} данасы {branch} филиалында {reader} оқырманына берілген, ал оның билеті орталық кітапханада «{status}».</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="283"/>
        <source>Your decision is sent to the central library. The conflict closes here when its answer comes back with a sync.</source>
        <translation>Шешіміңіз орталық кітапханаға жіберілді. Оның жауабы синхрондау кезінде келгенде қайшылық мұнда жабылады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="288"/>
        <source>Choose the reader who has the copy and press “The copy is with this reader”: the other loan is closed. If each reader really has a book with this barcode, both loans are right.</source>
        <translation>Дана қай оқырманда екенін таңдап, «Дана осы оқырманда» түймесін басыңыз: екінші беру жабылады. Егер әр оқырманда шынымен осы штрихкоды бар кітап болса, екі беру де дұрыс.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="293"/>
        <source>Accept the loan if the reader may keep the book; the block itself stays as it is.</source>
        <translation>Оқырман кітапты өзінде ұстай алатын болса, беруді қабылдаңыз; бұғаттаудың өзі өзгермейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="298"/>
        <source>the copy is with one reader, the other loan was closed</source>
        <translation>дана бір оқырманда, екінші беру жабылды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="299"/>
        <source>both loans are right</source>
        <translation>екі беру де дұрыс</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="301"/>
        <source>the loan was accepted</source>
        <translation>беру қабылданды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="302"/>
        <source>dismissed</source>
        <translation>өзгеріссіз жабылды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="309"/>
        <source>Resolved by {who}: {action}.</source>
        <translation>Шешілді ({who}): {action}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="313"/>
        <source>Note: {note}</source>
        <translation>Ескертпе: {note}</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="348"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n ашық қайшылық</numerusform>
            <numerusform>%n ашық қайшылық</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/conflicts.py" line="350"/>
        <source>%n resolved</source>
        <translation>
            <numerusform>шешілгені: %n</numerusform>
            <numerusform>шешілгені: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="370"/>
        <source>No conflicts</source>
        <translation>Қайшылық жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="385"/>
        <source>Both loans are right</source>
        <translation>Екі беру де дұрыс</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="387"/>
        <source>Accept the loan</source>
        <translation>Беруді қабылдау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="398"/>
        <source>This branch works alone. Conflicts come from the central library once the branch is connected to it (Settings).</source>
        <translation>Бұл филиал дербес жұмыс істейді. Филиал орталық кітапханаға қосылғанда қайшылықтар сол жақтан келеді (Баптаулар).</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="401"/>
        <source>Nothing to decide: the branches agree.</source>
        <translation>Шешетін ештеңе жоқ: филиалдардың деректері сәйкес келеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/conflicts.py" line="448"/>
        <source>Your decision is on its way to the central library.</source>
        <translation>Шешіміңіз орталық кітапханаға жіберілуде.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="84"/>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="85"/>
        <source>branchdesk met an error it did not expect.</source>
        <translation>branchdesk күтпеген қатеге тап болды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="87"/>
        <source>Save a support bundle…</source>
        <translation>Көмек бумасын сақтау…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="91"/>
        <source>What was saved before is safe: every loan the desk confirmed is kept. Close this window and go on; if it happens again, save a support bundle and give it to the person who helps you. It holds the log and the settings, never readers&apos; names, ИИН or phones.</source>
        <translation>Бұрын сақталғанның бәрі аман: жұмыс орны растаған әрбір беру сақталған. Осы терезені жауып, жұмысты жалғастырыңыз; қате қайталанса, көмек бумасын сақтап, сізге көмектесетін адамға беріңіз. Онда журнал мен баптаулар бар, оқырмандардың аты-жөні, ИИН-і мен телефоны ешқашан болмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="106"/>
        <source>Save a support bundle</source>
        <translation>Көмек бумасын сақтау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="118"/>
        <source>The bundle could not be saved: {reason}</source>
        <translation>Буманы сақтау мүмкін болмады: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/crash.py" line="124"/>
        <source>The support bundle is saved: {path}</source>
        <translation>Көмек бумасы сақталды: {path}</translation>
    </message>
</context>
<context>
    <name>DemoPage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="384"/>
        <source>The demo branch is ready.</source>
        <translation>Демо филиалы әзір.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="400"/>
        <source>The demo branch</source>
        <translation>Демо филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="401"/>
        <source>Made-up readers, books and loans of three years.</source>
        <translation>Үш жылдың ойдан шығарылған оқырмандары, кітаптары мен берулері.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="404"/>
        <source>The demo branch is being made: 200 readers, 600 copies and their loans. It takes a few seconds.</source>
        <translation>Демо филиал жасалуда: 200 оқырман, 600 дана және олардың берулері. Бұл бірнеше секундқа созылады.</translation>
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
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="181"/>
        <source>Lent</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="182"/>
        <source>Due</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="183"/>
        <source>Renewed</source>
        <translation>Ұзарту саны</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="288"/>
        <source>Desk</source>
        <translation>Кітап беру</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="291"/>
        <source>Lend (F2)</source>
        <translation>Беру (F2)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="292"/>
        <source>Return (F3)</source>
        <translation>Қайтару (F3)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="293"/>
        <source>Count visit (F7)</source>
        <translation>Келуді белгілеу (F7)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="294"/>
        <source>Clear (Esc)</source>
        <translation>Тазалау (Esc)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="295"/>
        <source>Renew selected (F5)</source>
        <translation>Таңдалғанның мерзімін ұзарту (F5)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="296"/>
        <source>Renew all (F6)</source>
        <translation>Барлығының мерзімін ұзарту (F6)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="297"/>
        <source>Re-register (F8)</source>
        <translation>Қайта тіркеу (F8)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="298"/>
        <source>Print slip (F4)</source>
        <translation>Беру парақшасы (F4)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="299"/>
        <source>What happened</source>
        <translation>Соңғы әрекеттер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="307"/>
        <source>Return: scan the books being brought back</source>
        <translation>Қайтару: қайтарылған кітаптарды сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="309"/>
        <source>Scan a reader&apos;s card, or a book to take back</source>
        <translation>Оқырман билетін немесе қайтарылатын кітапты сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="311"/>
        <source>Scan the books to lend, or another card</source>
        <translation>Берілетін кітаптарды немесе басқа билетті сканерлеңіз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="376"/>
        <source>Lent: «{title}» ({barcode}), due {due}</source>
        <translation>Берілді: «{title}» ({barcode}), қайтару мерзімі {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="390"/>
        <source>Returned: «{title}» ({barcode}) from {card}</source>
        <translation>Қайтарылды: «{title}» ({barcode}), оқырман {card}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="421"/>
        <source>Not done: the librarian did not confirm.</source>
        <translation>Орындалмады: кітапханашы растамады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="475"/>
        <source>No reader open. Scan a reader&apos;s card.</source>
        <translation>Оқырман таңдалмаған. Оқырман билетін сканерлеңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="492"/>
        <source>Card {card} · valid until {valid}</source>
        <translation>Билет {card} · {valid} дейін жарамды</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/desk.py" line="496"/>
        <source>%n book(s) on loan</source>
        <translation>
            <numerusform>Қолында %n кітап</numerusform>
            <numerusform>Қолында %n кітап</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="515"/>
        <source>Active reader</source>
        <translation>Оқырман белсенді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="568"/>
        <source>Renewed: «{title}», now due {due}</source>
        <translation>Мерзімі ұзартылды: «{title}», жаңа қайтару мерзімі {due}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="582"/>
        <source>Re-registered for {year}; card valid until {valid}</source>
        <translation>{year} жылға қайта тіркелді; билет {valid} дейін жарамды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="601"/>
        <source>Slip printed for {card}</source>
        <translation>{card} үшін беру парақшасы басылды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="607"/>
        <source>Visit counted.</source>
        <translation>Келу белгіленді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="609"/>
        <source>This reader&apos;s visit is already counted today.</source>
        <translation>Бұл оқырманның бүгінгі келуі белгіленіп қойған.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/desk.py" line="637"/>
        <source>This session: lent {lent}, returned {returned}</source>
        <translation>Жұмыс басталғалы: берілді — {lent}, қайтарылды — {returned}</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../branchdesk/ui/events.py" line="409"/>
        <source>Edit event</source>
        <translation>Іс-шараны өзгерту</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="409"/>
        <source>New event</source>
        <translation>Жаңа іс-шара</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="411"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="412"/>
        <source>Date and time</source>
        <translation>Күні мен уақыты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="413"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="414"/>
        <source>Form</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="415"/>
        <source>Place</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="416"/>
        <source>Audience</source>
        <translation>Кімге арналған</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="417"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="418"/>
        <source>Attendance, total</source>
        <translation>Барлық қатысушылар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="419"/>
        <source>of them children up to {age}</source>
        <translation>оның ішінде {age} жасқа дейінгі (қоса алғанда) балалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="420"/>
        <source>of them youth aged {low}–{high}</source>
        <translation>оның ішінде {low}–{high} жастағы жастар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="423"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="424"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="428"/>
        <source>Edit programmes…</source>
        <translation>Бағдарламаларды өңдеу…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="429"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="430"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="438"/>
        <location filename="../branchdesk/ui/events.py" line="452"/>
        <source>(no programme)</source>
        <translation>(бағдарламасыз)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="500"/>
        <source>Children ({children}) and youth ({youth}) together are more than the total ({total}): they are counted within the total.</source>
        <translation>Балалар ({children}) мен жастар ({youth}) бірге барлық қатысушылардан ({total}) көп: олар жалпы санның ішінде есептеледі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="528"/>
        <source>Give the event a title.</source>
        <translation>Іс-шараның атауын жазыңыз.</translation>
    </message>
</context>
<context>
    <name>EventLabels</name>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="81"/>
        <location filename="../branchdesk/ui/events.py" line="85"/>
        <source>book exhibition</source>
        <translation>кітап көрмесі</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="82"/>
        <location filename="../branchdesk/ui/events.py" line="86"/>
        <source>literary evening</source>
        <translation>әдеби кеш</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="83"/>
        <location filename="../branchdesk/ui/events.py" line="87"/>
        <source>reading hour</source>
        <translation>оқу сағаты</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="84"/>
        <location filename="../branchdesk/ui/events.py" line="88"/>
        <source>talk</source>
        <translation>әңгіме</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="85"/>
        <location filename="../branchdesk/ui/events.py" line="89"/>
        <source>book review</source>
        <translation>кітап шолуы</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="86"/>
        <location filename="../branchdesk/ui/events.py" line="90"/>
        <source>contest</source>
        <translation>байқау</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="87"/>
        <location filename="../branchdesk/ui/events.py" line="91"/>
        <source>meeting with an author</source>
        <translation>автормен кездесу</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="88"/>
        <location filename="../branchdesk/ui/events.py" line="92"/>
        <source>reading aloud</source>
        <translation>дауыстап оқу</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="89"/>
        <location filename="../branchdesk/ui/events.py" line="93"/>
        <location filename="../branchdesk/ui/events.py" line="110"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="92"/>
        <location filename="../branchdesk/ui/events.py" line="98"/>
        <source>children</source>
        <translation>балалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="93"/>
        <location filename="../branchdesk/ui/events.py" line="99"/>
        <source>youth</source>
        <translation>жастар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="94"/>
        <location filename="../branchdesk/ui/events.py" line="100"/>
        <source>adults</source>
        <translation>ересектер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="95"/>
        <location filename="../branchdesk/ui/events.py" line="101"/>
        <source>everyone</source>
        <translation>барлығы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="108"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="109"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="115"/>
        <source>thematic</source>
        <translation>тақырыптық</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="116"/>
        <source>address</source>
        <translation>адрестік</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="117"/>
        <source>clarifying</source>
        <translation>нақтылау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="118"/>
        <source>factual</source>
        <translation>фактографиялық</translation>
    </message>
</context>
<context>
    <name>EventsScreen</name>
    <message>
        <location filename="../branchdesk/ui/events.py" line="641"/>
        <location filename="../branchdesk/ui/events.py" line="700"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="642"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="643"/>
        <location filename="../branchdesk/ui/events.py" line="701"/>
        <location filename="../branchdesk/ui/events.py" line="772"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="644"/>
        <source>Form</source>
        <translation>Өткізу түрі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="645"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="646"/>
        <source>Attended</source>
        <translation>Қатысты</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="647"/>
        <source>Children</source>
        <translation>Балалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="648"/>
        <source>Youth</source>
        <translation>Жастар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="671"/>
        <location filename="../branchdesk/ui/events.py" line="758"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="672"/>
        <location filename="../branchdesk/ui/events.py" line="758"/>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="673"/>
        <location filename="../branchdesk/ui/events.py" line="703"/>
        <source>Card</source>
        <translation>Оқырман билеті</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="702"/>
        <location filename="../branchdesk/ui/events.py" line="772"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/app.py" line="93"/>
        <location filename="../branchdesk/ui/events.py" line="740"/>
        <location filename="../branchdesk/ui/events.py" line="743"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="744"/>
        <source>Enquiries and refusals</source>
        <translation>Анықтамалар мен бас тартулар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="745"/>
        <source>New event…</source>
        <translation>Жаңа іс-шара…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="746"/>
        <source>Edit event…</source>
        <translation>Іс-шараны өзгерту…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="755"/>
        <source>Enquiry</source>
        <translation>Анықтама</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="758"/>
        <location filename="../branchdesk/ui/events.py" line="772"/>
        <source>Reader card</source>
        <translation>Оқырман билеті</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="767"/>
        <source>Record enquiry</source>
        <translation>Анықтаманы тіркеу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="768"/>
        <source>Today&apos;s enquiries</source>
        <translation>Бүгінгі анықтамалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="769"/>
        <source>Refusal (a title the branch does not have)</source>
        <translation>Бас тарту (филиалда жоқ басылым)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="776"/>
        <source>Record refusal</source>
        <translation>Бас тартуды тіркеу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="777"/>
        <source>Refusals this month</source>
        <translation>Осы айдағы бас тартулар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="779"/>
        <source>optional</source>
        <translation>міндетті емес</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="784"/>
        <source>Events in {month} {year}</source>
        <translation>Іс-шаралар: {year} жылғы {month}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="789"/>
        <source>Events this month: {count}. Attended: {total}, of them children {children}, youth {youth}.</source>
        <translation>Айдағы іс-шаралар: {count}. Қатысқандар: {total}, оның ішінде балалар — {children}, жастар — {youth}.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../branchdesk/ui/login.py" line="71"/>
        <source>Branch administrator</source>
        <translation>Филиал әкімшісі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="74"/>
        <source>This is the first start at this branch. Create the administrator&apos;s account: the administrator sets the rules and adds the other librarians.</source>
        <translation>Бұл филиалда жұмыс алғаш рет басталып отыр. Әкімшінің тіркелгісін жасаңыз: әкімші ережелерді белгілейді және басқа кітапханашыларды қосады.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="493"/>
        <source>branchdesk: first start</source>
        <translation>branchdesk: алғашқы іске қосу</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="156"/>
        <source>Lent</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="157"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="158"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="159"/>
        <source>Due</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="160"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="180"/>
        <source>on loan</source>
        <translation>оқырманда</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="197"/>
        <source>Loan history: {name} ({card})</source>
        <translation>Кітап беру тарихы: {name} ({card})</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="201"/>
        <source>%n loan(s) since registration</source>
        <translation>
            <numerusform>Тіркелгеннен бері %n кітап берілген</numerusform>
            <numerusform>Тіркелгеннен бері %n кітап берілген</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdleLockTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="802"/>
        <source>Lock the desk after this many minutes without use</source>
        <translation>Әрекетсіз қанша уақыттан соң жұмыс орнын құлыптау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="803"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="806"/>
        <source>A locked desk hides the reader&apos;s data and asks for a password; another librarian may sign in.</source>
        <translation>Құлыпталған жұмыс орны оқырман деректерін жасырып, құпиясөз сұрайды; басқа кітапханашы да кіре алады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="810"/>
        <source>Save</source>
        <translation>Сақтау</translation>
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
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="280"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="281"/>
        <source>The file holds</source>
        <translation>Файлда</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="282"/>
        <source>Format</source>
        <translation>Пішімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="283"/>
        <source>Character set</source>
        <translation>Кодтауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="285"/>
        <source>Type the file&apos;s path and press Enter, or choose it</source>
        <translation>Файлдың жолын теріп, Enter басыңыз немесе файлды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="287"/>
        <source>Choose a file… ({key})</source>
        <translation>Файлды таңдау… ({key})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="288"/>
        <source>The catalogue: records and copies</source>
        <translation>Каталог: жазбалар және даналар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="289"/>
        <source>A list of readers</source>
        <translation>Оқырмандар тізімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="290"/>
        <source>Import (Ctrl+Enter)</source>
        <translation>Жүктеу (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="291"/>
        <source>Save the report… ({key})</source>
        <translation>Есепті сақтау… ({key})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="292"/>
        <source>What the file holds</source>
        <translation>Файлдың мазмұны</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="293"/>
        <source>Result</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="294"/>
        <source>Columns of the sheet</source>
        <translation>Кестенің бағандары</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="295"/>
        <source>Records that need your attention</source>
        <translation>Назар аударуды қажет ететін жазбалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="302"/>
        <location filename="../branchdesk/ui/importing.py" line="634"/>
        <source>— not read —</source>
        <translation>— оқылмайды —</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="313"/>
        <location filename="../branchdesk/ui/importing.py" line="319"/>
        <source>{name} (detected)</source>
        <translation>{name} (файлдағыдай)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="331"/>
        <source>Reader</source>
        <translation>Оқырман</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="332"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="333"/>
        <source>Card</source>
        <translation>Билеті</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="338"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="339"/>
        <source>Authors</source>
        <translation>Авторлары</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="340"/>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="341"/>
        <source>BBK</source>
        <translation>ББК</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="342"/>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="357"/>
        <source>What</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="361"/>
        <source>Left out</source>
        <translation>Енгізілмеді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="362"/>
        <source>Imported, with a remark</source>
        <translation>Енгізілді, ескертпемен</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="363"/>
        <source>No BBK index</source>
        <translation>ББК индексі жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="364"/>
        <source>Copy no longer in the file</source>
        <translation>Дана файлда енді жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="375"/>
        <source>Choose the file to import</source>
        <translation>Жүктелетін файлды таңдаңыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="377"/>
        <source>Catalogues and lists (*.mrc *.iso *.marc *.xml *.csv *.txt *.xlsx)</source>
        <translation>Каталогтар мен тізімдер (*.mrc *.iso *.marc *.xml *.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="379"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="527"/>
        <source>a new one</source>
        <translation>жаңасы беріледі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="576"/>
        <source>Choose a file: MARC21 or RUSMARC (ISO 2709, as IRBIS and Koha export them), MARCXML, or a CSV or Excel sheet with a header row.</source>
        <translation>Файлды таңдаңыз: MARC21 немесе RUSMARC (ISO 2709, ИРБИС пен Koha шығаратындай), MARCXML, не бірінші жолында баған атаулары бар CSV немесе Excel кестесі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="586"/>
        <source>Detected: {format}, {encoding}</source>
        <translation>Анықталғаны: {format}, {encoding}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="590"/>
        <source>Your choice: {format}, {encoding}</source>
        <translation>Сіз таңдағаны: {format}, {encoding}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="598"/>
        <source>Choose the column for: {fields}.</source>
        <translation>Мына өрістердің бағанын таңдаңыз: {fields}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="604"/>
        <source>The first %n record(s) of the file, as they will be imported.</source>
        <translation>
            <numerusform>Файлдың басынан %n жазба көрсетілді — жүктелетін түрінде.</numerusform>
            <numerusform>Файлдың басынан %n жазба көрсетілді — жүктелетін түрінде.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="606"/>
        <source>The first %n row(s) of the list, as they will be imported.</source>
        <translation>
            <numerusform>Тізімнің басынан %n жол көрсетілді — жүктелетін түрінде.</numerusform>
            <numerusform>Тізімнің басынан %n жол көрсетілді — жүктелетін түрінде.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/importing.py" line="608"/>
        <source>Unreadable among them: %n; they will be listed.</source>
        <translation>
            <numerusform>Олардың ішінде оқылмайтыны: %n; олар есепте көрсетіледі.</numerusform>
            <numerusform>Олардың ішінде оқылмайтыны: %n; олар есепте көрсетіледі.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="610"/>
        <source>The file holds no records.</source>
        <translation>Файлда жазбалар жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="694"/>
        <source>Importing {file}…</source>
        <translation>{file} жүктелуде…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="737"/>
        <source>The import stopped there: what was written before stays, and importing the file again adds only the rest.</source>
        <translation>Жүктеу осы жерде тоқтады: оған дейін жазылғандар сақталады, файлды қайта жүктегенде тек қалғаны қосылады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="742"/>
        <source>Nothing was imported.</source>
        <translation>Ештеңе жүктелмеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="758"/>
        <source>Done: readers added {added}, already there {same}.</source>
        <translation>Дайын: қосылған оқырмандар — {added}, бұрыннан тіркелгендер — {same}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="763"/>
        <source>Done: records added {added}, updated {updated}, unchanged {same}; copies added {copies}.</source>
        <translation>Дайын: жазбалар қосылды — {added}, жаңартылды — {updated}, өзгеріссіз — {same}; даналар қосылды — {copies}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="772"/>
        <source>Left out: {count}.</source>
        <translation>Енгізілмегені: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="779"/>
        <source>Readers added</source>
        <translation>Қосылған оқырмандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="780"/>
        <source>Readers already registered</source>
        <translation>Бұрыннан тіркелген оқырмандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="781"/>
        <source>Rows left out</source>
        <translation>Енгізілмеген жолдар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="785"/>
        <source>Records added</source>
        <translation>Қосылған жазбалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="786"/>
        <source>Records updated</source>
        <translation>Жаңартылған жазбалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="787"/>
        <source>Records unchanged</source>
        <translation>Өзгеріссіз жазбалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="788"/>
        <source>Copies added</source>
        <translation>Қосылған даналар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="789"/>
        <source>Copies already there</source>
        <translation>Бұрыннан бар даналар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="790"/>
        <source>Records left out</source>
        <translation>Енгізілмеген жазбалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="791"/>
        <source>Imported with a remark</source>
        <translation>Ескертпемен енгізілгендер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="792"/>
        <source>Without a BBK index</source>
        <translation>ББК индексі жоқтар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="793"/>
        <source>Copies no longer in the file (kept)</source>
        <translation>Файлда енді жоқ даналар (сақталды)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="813"/>
        <source>{file}: {format}, {encoding}; {seconds} s</source>
        <translation>{file}: {format}, {encoding}; {seconds} с</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="848"/>
        <source>Save the import report</source>
        <translation>Жүктеу есебін сақтау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="850"/>
        <source>Text (*.txt);;CSV for Excel (*.csv)</source>
        <translation>Мәтін (*.txt);;Excel үшін CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="877"/>
        <source>Report saved: {path}</source>
        <translation>Есеп сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="895"/>
        <source>No. {position}: </source>
        <translation>№ {position}: </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/importing.py" line="896"/>
        <source>No. {position} (byte {offset}): </source>
        <translation>№ {position} ({offset}-байт): </translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="245"/>
        <source>Checking the connection with the central library…</source>
        <translation>Орталық кітапханамен байланыс тексерілуде…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="257"/>
        <source>Receiving: {done} of {total}</source>
        <translation>Қабылдануда: {total} ішінен {done}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="260"/>
        <source>Receiving: {done}</source>
        <translation>Қабылдануда: {done}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="262"/>
        <source>Sending: {done} of {total}</source>
        <translation>Жіберілуде: {total} ішінен {done}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="275"/>
        <source>Joined. The branch&apos;s data is here.</source>
        <translation>Қосылды. Филиалдың деректері осында.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="298"/>
        <source>Join the central library</source>
        <translation>Орталық кітапханаға қосылу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="300"/>
        <source>The address, the branch code and the token come from the central library.</source>
        <translation>Мекенжайды, филиал кодын және токенді орталық кітапхана береді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="302"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="303"/>
        <source>Branch token</source>
        <translation>Филиал токені</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="305"/>
        <source>Check and join</source>
        <translation>Тексеру және қосылу</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="106"/>
        <source>Welcome to branchdesk</source>
        <translation>branchdesk-ке қош келдіңіз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="107"/>
        <source>First, the language of the desk.</source>
        <translation>Алдымен жұмыс орнының тілін таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="109"/>
        <source>You can change it later in Settings; each librarian sees the same.</source>
        <translation>Оны кейін Баптауларда өзгертуге болады; барлық кітапханашы бір тілді көреді.</translation>
    </message>
</context>
<context>
    <name>LanguageTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="168"/>
        <source>Language of the desk</source>
        <translation>Интерфейс тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="169"/>
        <source>The desk changes language at once and starts in it next time.</source>
        <translation>Тіл бірден ауысады және келесі жолы да осы тілде ашылады.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../branchdesk/ui/login.py" line="122"/>
        <source>The desk is locked</source>
        <translation>Жұмыс орны құлыпталды</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="125"/>
        <source>The desk locked itself after a pause. {name}, enter your password to go on, or another librarian may sign in.</source>
        <translation>Біраз уақыт әрекет болмағандықтан жұмыс орны құлыпталды. {name}, жалғастыру үшін құпиясөзіңізді енгізіңіз немесе басқа кітапханашы кірсін.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="130"/>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="131"/>
        <source>Sign in to the branch desk.</source>
        <translation>Филиалда жұмыс істеу үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="132"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="133"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="134"/>
        <source>Close the desk</source>
        <translation>Жұмыс орнын жабу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/login.py" line="147"/>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="163"/>
        <source>branchdesk — {branch}</source>
        <translation>branchdesk — {branch} филиалы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="203"/>
        <source>Sending {done} of {total}…</source>
        <translation>Жіберілуде: {total} ішінен {done}…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="205"/>
        <source>Receiving {done}…</source>
        <translation>Қабылдануда: {done}…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="207"/>
        <source>Receiving {done} of {total}…</source>
        <translation>Қабылдануда: {total} ішінен {done}…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="237"/>
        <source>Branch {branch}</source>
        <translation>{branch} филиалы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="240"/>
        <source>At the desk: {name}</source>
        <translation>Кітапханашы: {name}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="229"/>
        <location filename="../branchdesk/ui/main_window.py" line="243"/>
        <source>Waiting to be sent: {pending}</source>
        <translation>Жіберуді күтуде: {pending}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="248"/>
        <source>Sync now ({key})</source>
        <translation>Қазір синхрондау ({key})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="256"/>
        <source>Last sync: {moment}</source>
        <translation>Соңғы синхрондау: {moment}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="258"/>
        <source>Last sync: never</source>
        <translation>Синхрондау әлі болған жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="262"/>
        <source>Working alone, no central library</source>
        <translation>Дербес жұмыс, орталық кітапханасыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="264"/>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="266"/>
        <source>Sync stopped: a new token is needed (Settings)</source>
        <translation>Синхрондау тоқтады: жаңа токен керек (Баптаулар)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="268"/>
        <source>Sync stopped: update branchdesk</source>
        <translation>Синхрондау тоқтады: branchdesk-ті жаңартыңыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="270"/>
        <source>● Online</source>
        <translation>● Желіде</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="272"/>
        <source>Not in touch yet</source>
        <translation>Байланыс әлі болған жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="286"/>
        <source>Refused by the central library</source>
        <translation>Орталық кітапхана қабылдамады</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="288"/>
        <source>● The central library has a problem</source>
        <translation>● Орталық кітапханада ақау бар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="290"/>
        <source>Not synced: see the message</source>
        <translation>Синхрондалмады: хабарламаны қараңыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="291"/>
        <source>● Offline</source>
        <translation>● Желіден тыс</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="305"/>
        <source>This PC&apos;s clock is off by %n minute(s)</source>
        <translation>
            <numerusform>Компьютер сағаты %n минутқа қате</numerusform>
            <numerusform>Компьютер сағаты %n минутқа қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="307"/>
        <source>This PC&apos;s clock is off by %n hour(s)</source>
        <translation>
            <numerusform>Компьютер сағаты %n сағатқа қате</numerusform>
            <numerusform>Компьютер сағаты %n сағатқа қате</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/main_window.py" line="309"/>
        <source>This PC&apos;s clock is off by %n day(s)</source>
        <translation>
            <numerusform>Компьютер сағаты %n күнге қате</numerusform>
            <numerusform>Компьютер сағаты %n күнге қате</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="312"/>
        <source>Set the date and time in Windows; the central library&apos;s clock is right.</source>
        <translation>Windows-та күн мен уақытты дұрыстаңыз; орталық кітапхананың сағаты дұрыс.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="318"/>
        <source>Conflicts: {count}</source>
        <translation>Қайшылықтар: {count}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/main_window.py" line="320"/>
        <source>Open the conflicts inbox</source>
        <translation>Қайшылықтар тізімін ашу</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../branchdesk/ui/events.py" line="221"/>
        <location filename="../branchdesk/ui/events.py" line="294"/>
        <source>Programmes</source>
        <translation>Бағдарламалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="223"/>
        <source>Ticked programmes are offered for new events; untick one that has ended.</source>
        <translation>Белгіленген бағдарламалар жаңа іс-шараларға ұсынылады; аяқталған бағдарламаның белгісін алып тастаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="225"/>
        <source>Programme name</source>
        <translation>Бағдарлама атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="226"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="227"/>
        <source>Rename</source>
        <translation>Атын өзгерту</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/events.py" line="295"/>
        <source>“{new}” is already in the list. Merge “{old}” into it?</source>
        <translation>«{new}» бағдарламасы тізімде бар. «{old}» бағдарламасын онымен біріктіресіз бе?</translation>
    </message>
</context>
<context>
    <name>QuickAddDialog</name>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="176"/>
        <source>Quick add: a donated book</source>
        <translation>Жылдам қосу: сыйға берілген кітап</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="178"/>
        <source>Title *</source>
        <translation>Атауы *</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="179"/>
        <source>Authors</source>
        <translation>Авторлары</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="180"/>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="181"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="182"/>
        <source>BBK index</source>
        <translation>ББК индексі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="183"/>
        <source>Barcode (scan it) *</source>
        <translation>Штрихкод (сканерлеңіз) *</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="184"/>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="185"/>
        <source>Location</source>
        <translation>Сақталатын орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="191"/>
        <source>Surname I. O., several separated by ;</source>
        <translation>Тегі А. Ә.; бірнешеу болса, «;» арқылы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="192"/>
        <source>for example 84(5Каз)</source>
        <translation>мысалы, 84(5Каз)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="193"/>
        <source>shelf or room</source>
        <translation>сөре немесе зал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="197"/>
        <source>Add to catalogue</source>
        <translation>Каталогқа қосу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="198"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="208"/>
        <source>Counted in the diary under: {section}</source>
        <translation>Күнделікте есепке алынатын бөлім: {section}</translation>
    </message>
</context>
<context>
    <name>ReaderForm</name>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="82"/>
        <source>preschool child</source>
        <translation>мектеп жасына дейінгі бала</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="83"/>
        <source>pupil</source>
        <translation>оқушы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="84"/>
        <source>student</source>
        <translation>студент</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="85"/>
        <source>employee</source>
        <translation>қызметкер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="86"/>
        <source>worker</source>
        <translation>жұмысшы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="87"/>
        <source>pensioner</source>
        <translation>зейнеткер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="88"/>
        <source>unemployed</source>
        <translation>жұмыссыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="89"/>
        <source>other</source>
        <translation>басқа</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="249"/>
        <source>New reader</source>
        <translation>Жаңа оқырман</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="251"/>
        <source>Reader {card}</source>
        <translation>Оқырман {card}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="253"/>
        <source>Fields marked * are required. Dates: dd.mm.yyyy.</source>
        <translation>Жұлдызшамен (*) белгіленген өрістерді толтыру міндетті. Күндер: кк.аа.жжжж.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="254"/>
        <source>Reader</source>
        <translation>Оқырман</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="255"/>
        <source>Address and phone</source>
        <translation>Мекенжай және телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="256"/>
        <source>Consent and notes</source>
        <translation>Келісім және ескертпелер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="257"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="258"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="261"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="262"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="263"/>
        <location filename="../branchdesk/ui/reader_form.py" line="418"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="264"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="271"/>
        <source>Language of service</source>
        <translation>Қызмет көрсету тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="272"/>
        <source>{field} *</source>
        <translation>{field}&#xa0;*</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="274"/>
        <source>Guarantor (required for a child up to {age})</source>
        <translation>Кепіл ({age} жасқа дейінгі балаға міндетті)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="278"/>
        <source>Guarantor (for children)</source>
        <translation>Кепіл (балалар үшін)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="415"/>
        <source>{card}   {name}, born {birth}</source>
        <translation>{card}   {name}, туған күні: {birth}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="424"/>
        <source>Already registered?</source>
        <translation>Бұрын тіркелген бе?</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reader_form.py" line="426"/>
        <source>Maybe already registered:

{readers}

Register a new card anyway?</source>
        <translation>Бұл оқырман бұрын тіркелген болуы мүмкін:

{readers}

Сонда да жаңа билет ашасыз ба?</translation>
    </message>
</context>
<context>
    <name>ReadersScreen</name>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="220"/>
        <source>Card</source>
        <translation>Оқырман билеті</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="221"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="222"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="224"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="225"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="226"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/app.py" line="91"/>
        <location filename="../branchdesk/ui/readers.py" line="339"/>
        <location filename="../branchdesk/ui/readers.py" line="450"/>
        <source>Readers</source>
        <translation>Оқырмандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="333"/>
        <source>The card is ready: {path}</source>
        <translation>Билет дайын: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="342"/>
        <source>Search: name, card, ИИН or phone, any script</source>
        <translation>Іздеу: аты-жөні, билет, ЖСН немесе телефон (кирилше не латынша)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="343"/>
        <source>New reader</source>
        <translation>Жаңа оқырман</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="344"/>
        <source>Edit</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="345"/>
        <source>Re-register</source>
        <translation>Қайта тіркеу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="346"/>
        <source>Block…</source>
        <translation>Бұғаттау…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="347"/>
        <source>Unblock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="348"/>
        <source>History</source>
        <translation>Кітап беру тарихы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="350"/>
        <source>Find a reader on the left, or register a new one.</source>
        <translation>Оқырманды сол жақтағы тізімнен табыңыз немесе жаңасын тіркеңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="363"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="364"/>
        <source>Language of service</source>
        <translation>Қызмет көрсету тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="365"/>
        <source>Card valid until</source>
        <translation>Билеттің жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="366"/>
        <source>Registered</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="367"/>
        <source>Re-registered</source>
        <translation>Қайта тіркелген жылдары</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="368"/>
        <source>Consent given</source>
        <translation>Келісім берілген күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="369"/>
        <source>On loan now</source>
        <translation>Қазір қолында</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="394"/>
        <source>The first {limit} readers; type more to narrow down.</source>
        <translation>Алғашқы {limit} оқырман көрсетілді; іздеуді нақтылаңыз.</translation>
    </message>
    <message numerus="yes">
        <location filename="../branchdesk/ui/readers.py" line="398"/>
        <source>%n reader(s) found</source>
        <translation>
            <numerusform>%n оқырман табылды</numerusform>
            <numerusform>%n оқырман табылды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="466"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="466"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="474"/>
        <source>Kazakh</source>
        <translation>қазақ тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="474"/>
        <source>Russian</source>
        <translation>орыс тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="480"/>
        <source>not yet</source>
        <translation>әлі болған жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="489"/>
        <source>unknown</source>
        <translation>белгісіз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="492"/>
        <source>{date}, age {age}</source>
        <translation>{date}, {age} жаста</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="495"/>
        <source>flat {flat}</source>
        <translation>{flat} пәтер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="509"/>
        <source>{status}: {reason}</source>
        <translation>{status}, себебі: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="510"/>
        <source>{status} until {until}: {reason}</source>
        <translation>{until} дейін {status}, себебі: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="519"/>
        <source>{date} (expired: re-register)</source>
        <translation>{date} (мерзімі өтті — қайта тіркеңіз)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="527"/>
        <source>{count} (overdue: {late})</source>
        <translation>{count} (мерзімі өткені: {late})</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="552"/>
        <source>Already registered for {year}.</source>
        <translation>{year} жылға тіркеліп қойған.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="589"/>
        <source>Saved: {name}, card {card}.</source>
        <translation>Сақталды: {name}, билет {card}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="605"/>
        <source>{name} is re-registered for {year}; card valid until {valid}.</source>
        <translation>{name} {year} жылға қайта тіркелді; билет {valid} дейін жарамды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="628"/>
        <source>{name} is blocked.</source>
        <translation>{name} бұғатталды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/readers.py" line="639"/>
        <source>{name} may borrow again.</source>
        <translation>{name} бұғаттан шығарылды, кітап беруге болады.</translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../branchdesk/ui/app.py" line="96"/>
        <location filename="../branchdesk/ui/reports.py" line="109"/>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="112"/>
        <source>Library work diary</source>
        <translation>Кітапхана жұмысының күнделігі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="113"/>
        <source>Summary: indicators, months, events</source>
        <translation>Жиынтық: көрсеткіштер, айлар, іс-шаралар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="114"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="114"/>
        <source>Quarter</source>
        <translation>Тоқсан</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="114"/>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="116"/>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="117"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="118"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="119"/>
        <source>PDF, to print</source>
        <translation>PDF — басып шығару үшін</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="120"/>
        <source>XLSX, for Excel</source>
        <translation>XLSX — Excel үшін</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="121"/>
        <source>Make the report</source>
        <translation>Есепті жасау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="122"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="159"/>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/reports.py" line="172"/>
        <source>Ready: {path}</source>
        <translation>Дайын: {path}</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="268"/>
        <source>Any group</source>
        <translation>Барлық топтар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="269"/>
        <source>Preschool children</source>
        <translation>Мектепке дейінгі балалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="270"/>
        <source>Pupils</source>
        <translation>Оқушылар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="271"/>
        <source>Students</source>
        <translation>Студенттер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="272"/>
        <source>Employees and specialists</source>
        <translation>Қызметкерлер мен мамандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="273"/>
        <source>Workers</source>
        <translation>Жұмысшылар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="274"/>
        <source>Pensioners</source>
        <translation>Зейнеткерлер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="275"/>
        <source>Unemployed</source>
        <translation>Жұмыссыздар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="276"/>
        <source>Others</source>
        <translation>Басқалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="281"/>
        <source>Any type</source>
        <translation>Барлық түрлер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="321"/>
        <location filename="../branchdesk/ui/settings.py" line="393"/>
        <location filename="../branchdesk/ui/settings.py" line="396"/>
        <source>Remove</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="379"/>
        <source>Reader group</source>
        <translation>Оқырман тобы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="380"/>
        <source>Item type</source>
        <translation>Басылым түрі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="381"/>
        <source>Loan days</source>
        <translation>Беру мерзімі, күн</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="382"/>
        <source>Max loans</source>
        <translation>Қолда ең көбі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="383"/>
        <source>Max renewals</source>
        <translation>Ұзарту, ең көбі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="384"/>
        <source>Renewal days</source>
        <translation>Ұзарту мерзімі, күн</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="398"/>
        <source>Add rule</source>
        <translation>Ереже қосу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="399"/>
        <source>Save rules</source>
        <translation>Ережелерді сақтау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="402"/>
        <source>The most specific rule applies: group and type, then the group with any type, then any group with the type, then the first row (any group, any type). Due dates that fall on a closed day move to the next open day.</source>
        <translation>Ең нақты ереже қолданылады: алдымен топ пен түрге арналған ереже, содан кейін топқа кез келген түрмен, содан кейін кез келген топқа осы түрмен, соңында бірінші жол (барлық топтар, барлық түрлер). Қайтару мерзімі жабық күнге түссе, келесі жұмыс күніне ауысады.</translation>
    </message>
</context>
<context>
    <name>SafekeepingTab</name>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="120"/>
        <source>Backup written to {path}, but not to the second folder ({reason}).</source>
        <translation>Сақтық көшірме {path} ішіне жазылды, бірақ екінші қалтаға жазылмады ({reason}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="125"/>
        <source>Backup written to {path}</source>
        <translation>Сақтық көшірме сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="128"/>
        <source>A folder for second copies</source>
        <translation>Екінші көшірмелерге арналған қалта</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="145"/>
        <location filename="../branchdesk/ui/safekeeping.py" line="172"/>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="162"/>
        <source>Put the backup {path} in place of this branch&apos;s database? Everything done since that backup is lost (the current database is saved first). The desk closes its window and asks who signs in again.</source>
        <translation>Осы филиалдың дерекқорының орнына {path} сақтық көшірмесін қоясыз ба? Сол көшірмеден кейін жасалғанның бәрі жоғалады (қазіргі дерекқор алдымен сақталады). Бағдарлама терезесін жауып, кім кіретінін қайта сұрайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="168"/>
        <source>{count} operations have not reached the central library yet and will be lost: export the journal first if you can.</source>
        <translation>{count} операция орталық кітапханаға әлі жеткен жоқ және жоғалады: мүмкін болса, алдымен журналды экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="191"/>
        <source>Export the waiting operations</source>
        <translation>Күтіп тұрған операцияларды экспорттау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="204"/>
        <source>{count} waiting operations written to {path}. Take the file to the central library; bring back the answer file it gives you.</source>
        <translation>Күтіп тұрған {count} операция {path} ішіне жазылды. Файлды орталық кітапханаға апарыңыз; ол берген жауап файлын қайтып әкеліңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="214"/>
        <source>The central library&apos;s answers</source>
        <translation>Орталық кітапхананың жауаптары</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="225"/>
        <source>The central library&apos;s answers are recorded: {count}.</source>
        <translation>Орталық кітапхананың жауаптары жазылды: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="239"/>
        <source>Save a support bundle</source>
        <translation>Көмек бумасын сақтау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="249"/>
        <source>The support bundle is saved: {path}</source>
        <translation>Көмек бумасы сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="275"/>
        <source>Second copies: none (choose a USB stick&apos;s folder)</source>
        <translation>Екінші көшірмелер: жоқ (USB флешкадағы қалтаны таңдаңыз)</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="277"/>
        <source>Second copies go to {path}</source>
        <translation>Екінші көшірмелер {path} ішіне жазылады</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="285"/>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="286"/>
        <source>Back up now</source>
        <translation>Қазір көшірме жасау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="287"/>
        <source>Restore from a backup…</source>
        <translation>Сақтық көшірмеден қалпына келтіру…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="288"/>
        <source>Choose a second folder…</source>
        <translation>Екінші қалтаны таңдау…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="289"/>
        <source>No second folder</source>
        <translation>Екінші қалтасыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="292"/>
        <source>The desk backs the branch up once a day while it runs and keeps the last 14 days and 12 months in the data folder&apos;s backups folder; also before every update of the database.</source>
        <translation>Бағдарлама жұмыс істеп тұрғанда филиалдың көшірмесін күніне бір рет жасайды және соңғы 14 күн мен 12 айдың көшірмелерін деректер қалтасындағы backups қалтасында сақтайды; дерекқор әр жаңартылар алдында да көшірме жасалады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="297"/>
        <source>No connection to the central library</source>
        <translation>Орталық кітапханамен байланыс жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="298"/>
        <source>Export the waiting operations…</source>
        <translation>Күтіп тұрған операцияларды экспорттау…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="299"/>
        <source>Read the central library&apos;s answers…</source>
        <translation>Орталық кітапхананың жауаптарын оқу…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="302"/>
        <source>A file for a branch that cannot connect: the central library applies it once however often it is brought, and gives back an answer file.</source>
        <translation>Қосыла алмайтын филиалға арналған файл: орталық кітапхана оны қанша рет әкелінсе де бір рет қолданады және жауап файлын қайтарады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="306"/>
        <source>Help</source>
        <translation>Көмек</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="307"/>
        <source>Save a support bundle…</source>
        <translation>Көмек бумасын сақтау…</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/safekeeping.py" line="310"/>
        <source>For the person who helps you: the log, versions and settings in one zip file, never readers&apos; names, ИИН or phones, nor the branch&apos;s token.</source>
        <translation>Сізге көмектесетін адамға: журнал, нұсқалар мен баптаулар бір zip файлында; оқырмандардың аты-жөні, ИИН-і, телефоны және филиал токені ешқашан кірмейді.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../branchdesk/ui/app.py" line="94"/>
        <location filename="../branchdesk/ui/settings.py" line="1092"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1098"/>
        <source>Only a branch admin can change settings.</source>
        <translation>Баптауларды тек филиал әкімшісі өзгерте алады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1111"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1154"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1155"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1156"/>
        <source>Loan rules</source>
        <translation>Беру ережелері</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1157"/>
        <source>Calendar</source>
        <translation>Күнтізбе</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1158"/>
        <source>Staff</source>
        <translation>Қызметкерлер</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1159"/>
        <source>Idle lock</source>
        <translation>Автоқұлыптау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1160"/>
        <source>Central library</source>
        <translation>Орталық кітапхана</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1161"/>
        <source>Safekeeping</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="1166"/>
        <source>Only a branch admin can change settings; you can see them here.</source>
        <translation>Баптауларды тек филиал әкімшісі өзгерте алады; сіз оларды тек көре аласыз.</translation>
    </message>
</context>
<context>
    <name>SinceDialog</name>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="49"/>
        <source>Cards for new readers</source>
        <translation>Жаңа оқырмандардың билеттері</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/card_button.py" line="51"/>
        <source>Registered since</source>
        <translation>Тіркелген күннен бастап</translation>
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
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="593"/>
        <location filename="../branchdesk/ui/settings.py" line="752"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="594"/>
        <source>Active</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="660"/>
        <source>Branch admin</source>
        <translation>Филиал әкімшісі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="661"/>
        <source>Librarian</source>
        <translation>Кітапханашы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="664"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="664"/>
        <source>deactivated</source>
        <translation>өшірілген</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="718"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Құпиясөздер сәйкес келмейді; қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="728"/>
        <source>Choose an account in the list.</source>
        <translation>Тізімнен тіркелгіні таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="729"/>
        <location filename="../branchdesk/ui/settings.py" line="734"/>
        <source>Deactivate</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="732"/>
        <source>{name} ({login})</source>
        <translation>{name}, логині: {login}</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="734"/>
        <source>Activate</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="745"/>
        <source>Selected account</source>
        <translation>Таңдалған тіркелгі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="746"/>
        <source>New account</source>
        <translation>Жаңа тіркелгі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="748"/>
        <source>New password</source>
        <translation>Жаңа құпиясөз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="749"/>
        <location filename="../branchdesk/ui/settings.py" line="754"/>
        <source>Repeat it</source>
        <translation>Құпиясөзді қайталаңыз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="753"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="760"/>
        <source>Set new password</source>
        <translation>Құпиясөзді ауыстыру</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/settings.py" line="761"/>
        <source>Add account</source>
        <translation>Тіркелгі қосу</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="134"/>
        <source>How does this desk begin?</source>
        <translation>Жұмысты қалай бастаймыз?</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="135"/>
        <source>Choose one; the other ways stay open later.</source>
        <translation>Біреуін таңдаңыз; басқа жолдар кейін де ашық қалады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="138"/>
        <source>Join the central library</source>
        <translation>Орталық кітапханаға қосылу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="140"/>
        <source>The central library gave you its address, the branch code and a token. The desk gets the branch&apos;s catalogue and the readers of the whole system.</source>
        <translation>Орталық кітапхана сізге мекенжайын, филиал кодын және токенді берді. Бағдарлама филиалдың каталогын және бүкіл жүйенің оқырмандарын алады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="145"/>
        <source>Work alone for now</source>
        <translation>Әзірге дербес жұмыс істеу</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="147"/>
        <source>This branch starts empty on this computer. It can join the central library later in Settings, and sends everything done until then.</source>
        <translation>Филиал осы компьютерде бос күйде басталады. Кейін Баптауларда орталық кітапханаға қосылып, оған дейін жасалғанның бәрін жібере алады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="152"/>
        <source>Open the demo branch</source>
        <translation>Демо филиалды көру</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/first_run.py" line="154"/>
        <source>Made-up readers and books to try the desk out. Not for real work: start again in an empty folder for that.</source>
        <translation>Бағдарламаны сынап көруге арналған ойдан шығарылған оқырмандар мен кітаптар. Нақты жұмысқа емес: ол үшін бос қалтада қайта бастаңыз.</translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="61"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="62"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="63"/>
        <source>Other</source>
        <translation>Басқа тіл</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="66"/>
        <source>Social and political</source>
        <translation>Қоғамдық-саяси әдебиет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="67"/>
        <source>Natural science and medicine</source>
        <translation>Жаратылыстану және медицина</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="68"/>
        <source>Technology</source>
        <translation>Техника</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="69"/>
        <source>Agriculture</source>
        <translation>Ауыл шаруашылығы</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="70"/>
        <source>Arts and sport</source>
        <translation>Өнер және спорт</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="71"/>
        <source>Fiction</source>
        <translation>Көркем әдебиет</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="72"/>
        <source>Other subjects</source>
        <translation>Басқа салалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/ui/catalogue.py" line="73"/>
        <source>Not classified</source>
        <translation>Жіктелмеген</translation>
    </message>
</context>
<context>
    <name>central</name>
    <message>
        <location filename="../branchdesk/central/reports.py" line="34"/>
        <source>All branches of the library system</source>
        <translation>Кітапхана жүйесінің барлық филиалдары</translation>
    </message>
</context>
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
        <location filename="../branchdesk/cli/listing.py" line="132"/>
        <source>never</source>
        <comment>last sync: never</comment>
        <translation>әлі болған жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="134"/>
        <source>Branch {branch} ({path})</source>
        <translation>Филиал {branch} ({path})</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="135"/>
        <source>Readers: {readers}</source>
        <translation>Оқырмандар: {readers}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="136"/>
        <source>Catalogue: {records} titles, {items} copies, {on_loan} on loan</source>
        <translation>Каталог: {records} атау, {items} дана, оның {on_loan} данасы оқырмандарда</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="137"/>
        <source>Loans: {open} open, {overdue} overdue, {total} in all</source>
        <translation>Кітап беру: қайтарылмағаны {open}, мерзімі өткені {overdue}, барлығы {total}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="138"/>
        <source>Journal: {pending} operations waiting to be sent, {journal} in all</source>
        <translation>Журнал: жіберуді күтіп тұрған {pending} операция, барлығы {journal}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="139"/>
        <source>Last sync: {last_sync}</source>
        <translation>Соңғы синхрондау: {last_sync}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/listing.py" line="140"/>
        <source>Conflicts: {conflicts}</source>
        <translation>Қайшылықтар: {conflicts}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="57"/>
        <location filename="../branchdesk/cli/maintenance.py" line="76"/>
        <source>Branch {branch} is ready in {path}</source>
        <translation>{branch} филиалы жұмысқа дайын: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="106"/>
        <source>Demo branch {branch}: readers {readers}, copies {items}, loans {loans} (open {open}), in {path}</source>
        <translation>Демо филиал {branch}: оқырмандар {readers}, даналар {items}, берілген кітаптар {loans} (қолда {open}), база: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="133"/>
        <source>Backup written to {path}</source>
        <translation>Сақтық көшірме сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="151"/>
        <source>The current database was saved to {path}</source>
        <translation>Ағымдағы дерекқордың көшірмесі сақталды: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/maintenance.py" line="159"/>
        <source>Restored {source} into {path}</source>
        <translation>{path} дерекқоры {source} көшірмесінен қалпына келтірілді</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="95"/>
        <source>Sent: {applied} applied, {conflict} with a conflict, {rejected} refused, {duplicate} already there.</source>
        <translation>Жіберілді: қабылданғаны {applied}, қайшылықпен {conflict}, қабылданбағаны {rejected}, бұрыннан бары {duplicate}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="102"/>
        <source>Received: {changes} changes ({readers} readers, {items} copies).</source>
        <translation>Қабылданды: {changes} өзгеріс ({readers} оқырман, {items} дана).</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="59"/>
        <source>{operations} waiting operations written to {path}</source>
        <translation>Күтіп тұрған {operations} операция {path} ішіне жазылды</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="81"/>
        <location filename="../branchdesk/cli/sync_commands.py" line="108"/>
        <source>Waiting to be sent: {pending}</source>
        <translation>Жіберуді күтуде: {pending}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="108"/>
        <source>Answers for branch {branch} written to {path}</source>
        <translation>{branch} филиалына жауаптар {path} ішіне жазылды</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="114"/>
        <source>The centre misses earlier operations of this branch: import the answers at the branch, export its journal again and bring the new file.</source>
        <translation>Орталықта осы филиалдың бұрынғы операциялары жоқ: жауаптарды филиалда жүктеп, журналды қайта экспорттаңыз және жаңа файлды әкеліңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/carry.py" line="125"/>
        <source>Answers: {applied} applied, {conflict} with a conflict, {rejected} refused, {duplicate} already there.</source>
        <translation>Жауаптар: {applied} қолданылды, {conflict} қайшылықпен, {rejected} қабылданбады, {duplicate} бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="111"/>
        <source>This PC&apos;s clock is off by {minutes} minutes: set the date and time.</source>
        <translation>Бұл компьютердің сағаты {minutes} минутқа қате: күн мен уақытты дұрыстаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="168"/>
        <source>Branch {branch} added. Its token (shown only now):</source>
        <translation>{branch} филиалы қосылды. Оның токені (тек қазір көрсетіледі):</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="188"/>
        <source>The token of branch {branch} no longer works.</source>
        <translation>{branch} филиалының токені енді жарамсыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="208"/>
        <source>The rules are saved; branches receive them with their next sync.</source>
        <translation>Ережелер сақталды; филиалдар оларды келесі синхрондау кезінде алады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="218"/>
        <source>Password: </source>
        <translation>Құпиясөз: </translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/sync_commands.py" line="223"/>
        <source>Account {login} is saved for branch {branch}.</source>
        <translation>{login} тіркелгісі {branch} филиалы үшін сақталды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/documents.py" line="100"/>
        <source>{count} cards, {pages} pages: {path}</source>
        <translation>Оқырман билеттері: {count}, беттер: {pages}: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/documents.py" line="121"/>
        <source>{count} labels, {pages} pages: {path}</source>
        <translation>Басылған жапсырмалар: {count}, беттер: {pages}: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/documents.py" line="127"/>
        <source>Written: {path}</source>
        <translation>Жазылды: {path}</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="125"/>
        <source>File {file}: {format}, {encoding}.</source>
        <translation>Файл {file}: {format}, {encoding}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="131"/>
        <source>Readers: {added} added, {unchanged} already there.</source>
        <translation>Оқырмандар: {added} қосылды, {unchanged} бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="137"/>
        <source>Records: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>Жазбалар: {added} қосылды, {updated} жаңартылды, {unchanged} өзгеріссіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="146"/>
        <source>Copies: {added} added, {unchanged} already there.</source>
        <translation>Даналар: {added} қосылды, {unchanged} бұрыннан бар.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="150"/>
        <source>Left out: {count}.</source>
        <translation>Енгізілмегені: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="157"/>
        <source>Without a BBK index (the diary counts them as unclassified): {count}.</source>
        <translation>ББК индексі жоқ (күнделік оларды жіктелмегендерге жатқызады): {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="165"/>
        <source>Copies in the catalogue that the file no longer lists (kept): {count}.</source>
        <translation>Каталогта бар, бірақ файлда енді жоқ даналар (сақталды): {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="175"/>
        <source>#{position}: </source>
        <translation>№{position}: </translation>
    </message>
    <message>
        <location filename="../branchdesk/cli/importing.py" line="176"/>
        <source>#{position} (byte {offset}): </source>
        <translation>№{position} ({offset}-байт): </translation>
    </message>
</context>
<context>
    <name>diary</name>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="8"/>
        <source>Library work diary</source>
        <translation>Кітапхана жұмысының күнделігі</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="9"/>
        <source>Part 1. Readers and visits</source>
        <translation>1-бөлім. Оқырмандар мен келушілерді есепке алу</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="10"/>
        <source>Part 2. Loans</source>
        <translation>2-бөлім. Кітап беруді есепке алу</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="11"/>
        <source>Part 3. Events</source>
        <translation>3-бөлім. Көпшілік іс-шаралар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="12"/>
        <source>Part 4. Enquiries and refusals</source>
        <translation>4-бөлім. Анықтамалар мен бас тартулар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="13"/>
        <source>Day</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="14"/>
        <source>Total for the period</source>
        <translation>Кезеңдегі жиыны</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="15"/>
        <source>From 1 January to the period</source>
        <translation>1 қаңтардан кезеңнің басына дейін</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="16"/>
        <source>Since 1 January</source>
        <translation>Жыл басынан бері</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="17"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="18"/>
        <source>Form</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="19"/>
        <source>Event</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="20"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="21"/>
        <source>Audience</source>
        <translation>Кімге арналған</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="22"/>
        <source>Came</source>
        <translation>Қатысқаны</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="23"/>
        <source>No events in this period.</source>
        <translation>Бұл кезеңде іс-шара болған жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="24"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="25"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="29"/>
        <source>New readers</source>
        <translation>Тіркелген оқырмандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="30"/>
        <source>children to 14</source>
        <translation>14 жасқа дейінгі балалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="31"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="46"/>
        <source>youth</source>
        <translation>жастар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="32"/>
        <source>adults</source>
        <translation>ересектер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="33"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="62"/>
        <source>pre-school</source>
        <translation>мектеп жасына дейінгілер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="34"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="63"/>
        <source>pupils</source>
        <translation>оқушылар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="35"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="64"/>
        <source>students</source>
        <translation>студенттер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="36"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="65"/>
        <source>employees</source>
        <translation>қызметкерлер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="37"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="66"/>
        <source>workers</source>
        <translation>жұмысшылар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="38"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="67"/>
        <source>pensioners</source>
        <translation>зейнеткерлер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="39"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="68"/>
        <source>unemployed</source>
        <translation>жұмыссыздар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="40"/>
        <location filename="../branchdesk/printing/diary_labels.py" line="69"/>
        <source>others</source>
        <translation>басқалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="41"/>
        <source>Re-registered</source>
        <translation>Қайта тіркелгендер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="42"/>
        <source>Visits</source>
        <translation>Келушілер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="43"/>
        <source>for loans, services</source>
        <translation>кітап алу және қызмет үшін</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="44"/>
        <source>to events</source>
        <translation>іс-шараларға</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="45"/>
        <source>children</source>
        <translation>балалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="47"/>
        <source>Loans</source>
        <translation>Берілген кітаптар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="48"/>
        <source>social, political</source>
        <translation>қоғамдық-саяси</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="49"/>
        <source>science, medicine</source>
        <translation>жаратылыстану, медицина</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="50"/>
        <source>technical</source>
        <translation>техникалық</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="51"/>
        <source>agriculture</source>
        <translation>ауыл шаруашылығы</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="52"/>
        <source>arts, sport</source>
        <translation>өнер, спорт</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="53"/>
        <source>fiction</source>
        <translation>көркем әдебиет</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="54"/>
        <source>other subjects</source>
        <translation>басқа салалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="55"/>
        <source>no BBK</source>
        <translation>КББЖ индексі жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="56"/>
        <source>in Kazakh</source>
        <translation>қазақ тілінде</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="57"/>
        <source>in Russian</source>
        <translation>орыс тілінде</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="58"/>
        <source>other languages</source>
        <translation>басқа тілдерде</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="59"/>
        <source>to children</source>
        <translation>балаларға</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="60"/>
        <source>to youth</source>
        <translation>жастарға</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="61"/>
        <source>to adults</source>
        <translation>ересектерге</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="70"/>
        <source>Enquiries</source>
        <translation>Анықтамалар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="71"/>
        <source>thematic</source>
        <translation>тақырыптық</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="72"/>
        <source>address</source>
        <translation>мекенжайлық</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="73"/>
        <source>clarifying</source>
        <translation>нақтылаушы</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="74"/>
        <source>factual</source>
        <translation>деректік</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/diary_labels.py" line="75"/>
        <source>Refusals</source>
        <translation>Бас тартулар</translation>
    </message>
</context>
<context>
    <name>documents</name>
    <message>
        <location filename="../branchdesk/printing/slip.py" line="40"/>
        <source>Books on loan</source>
        <translation>Қолдағы кітаптар</translation>
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
        <translation>Атауы</translation>
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
        <translation>Оқырман формуляры</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="43"/>
        <source>Lent</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="46"/>
        <location filename="../branchdesk/printing/overdue.py" line="50"/>
        <location filename="../branchdesk/printing/slip.py" line="44"/>
        <source>Due</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="47"/>
        <source>Returned</source>
        <translation>Қайтарылды</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="48"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="49"/>
        <source>on loan</source>
        <translation>оқырманда</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="50"/>
        <source>No loans yet.</source>
        <translation>Әзірге кітап берілмеген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/slip.py" line="45"/>
        <source>No books on loan.</source>
        <translation>Қолда кітап жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/slip.py" line="46"/>
        <source>Please bring the books back by the date due.</source>
        <translation>Кітаптарды көрсетілген мерзімге дейін қайтаруыңызды сұраймыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/formular.py" line="51"/>
        <location filename="../branchdesk/printing/slip.py" line="47"/>
        <source>Printed</source>
        <translation>Басылған уақыты</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="38"/>
        <source>Dear {name},</source>
        <translation>Құрметті {name}!</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="39"/>
        <source>the books below were due back at the library and are not returned yet. Please bring them back, or come and renew them. Thank you!</source>
        <translation>Төменде аталған кітаптарды қайтару мерзімі өтті, бірақ олар кітапханаға әлі қайтарылған жоқ. Оларды қайтаруыңызды немесе мерзімін ұзартуға келуіңізді сұраймыз. Рақмет!</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="44"/>
        <source>Overdue books on {day}</source>
        <translation>{day} күнгі оқырман қарыздары</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="46"/>
        <source>Reader</source>
        <translation>Оқырман</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="47"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="51"/>
        <source>Days late</source>
        <translation>Кешіккен күн</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/overdue.py" line="52"/>
        <source>Readers: {readers}; books: {books}.</source>
        <translation>Оқырман саны: {readers}; кітап саны: {books}.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../branchdesk/messages.py" line="93"/>
        <source>{field}: this field is required.</source>
        <translation>{field}: бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="94"/>
        <source>{field}: at most {max} characters.</source>
        <translation>{field}: ең көбі {max} таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="95"/>
        <source>{field}: this does not look like a name.</source>
        <translation>{field}: бұл адам атына ұқсамайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="96"/>
        <source>{field}: contains characters not allowed.</source>
        <translation>{field}: рұқсат етілмеген таңбалар бар.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="97"/>
        <source>{field}: the date is in the future.</source>
        <translation>{field}: болашақтағы күн көрсетілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="98"/>
        <source>{field}: the date is in the past.</source>
        <translation>{field}: өткен күн көрсетілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="99"/>
        <source>{field}: an ИИН has exactly 12 digits.</source>
        <translation>{field}: ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="100"/>
        <source>{field}: the 7th digit of an ИИН must be 1 to 6.</source>
        <translation>{field}: ЖСН-нің жетінші цифры 1-ден 6-ға дейін болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="101"/>
        <source>{field}: the first six digits are not a real birth date.</source>
        <translation>{field}: алғашқы алты цифр нақты туған күнге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="104"/>
        <source>{field}: the check digit is wrong; look for a mistyped digit.</source>
        <translation>{field}: бақылау цифры сәйкес келмейді; қате терілген цифрды іздеңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="107"/>
        <source>{field}: such an ИИН is never issued.</source>
        <translation>{field}: мұндай ЖСН ешқашан берілмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="108"/>
        <source>{field}: differs from the birth date in the ИИН.</source>
        <translation>{field}: ЖСН-дегі туған күнге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="111"/>
        <source>{field}: differs from the ИИН.</source>
        <translation>{field}: ЖСН-ге сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="112"/>
        <source>{field}: a child registers with a parent or guardian as guarantor.</source>
        <translation>{field}: бала тек кепілмен — ата-анасымен немесе қамқоршысымен — тіркеледі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="115"/>
        <source>{field}: unknown group {category}.</source>
        <translation>{field}: «{category}» деген топ жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="116"/>
        <source>{field}: must be m or f.</source>
        <translation>{field}: m (ер) немесе f (әйел) деп көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="117"/>
        <source>Barcode {barcode} is already on another copy.</source>
        <translation>{barcode} штрихкоды басқа данаға бұрыннан берілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="118"/>
        <source>{field}: {year} is not a possible year.</source>
        <translation>{field}: {year} — жарамсыз жыл.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="119"/>
        <source>A copy cannot be set to “{status}” by hand.</source>
        <translation>Данаға «{status}» күйін қолмен қоюға болмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="122"/>
        <source>A copy that is “{old}” cannot be made “{new}”.</source>
        <translation>«{old}» күйіндегі дананы «{new}» күйіне ауыстыруға болмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="125"/>
        <source>Copy {barcode} is on loan; take it back first.</source>
        <translation>{barcode} данасы оқырманда; алдымен қайтаруды рәсімдеңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="126"/>
        <source>{field}: counts cannot be negative.</source>
        <translation>{field}: сан теріс бола алмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="127"/>
        <source>{field}: children and youth together exceed the total of {total}.</source>
        <translation>{field}: балалар мен жастар бірге жалпы саннан ({total}) асып кетті.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="130"/>
        <source>Give a reason to go ahead despite the warning.</source>
        <translation>Ескертуге қарамастан жалғастыру үшін себебін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="133"/>
        <source>{field}: letters, digits, dots and underscores only.</source>
        <translation>{field}: тек әріп, цифр, нүкте және астыңғы сызық қолдануға болады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="136"/>
        <source>{field}: {login} is already taken.</source>
        <translation>{field}: «{login}» бос емес.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="137"/>
        <source>{field}: at least {min} characters.</source>
        <translation>{field}: кемінде {min} таңба болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="138"/>
        <source>“{code}” is not a branch code: 2 to 5 capital Latin letters, such as BST.</source>
        <translation>«{code}» — филиал коды емес: латынның 2–5 бас әрпі керек, мысалы, BST.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="141"/>
        <source>This database belongs to branch {found}, not {wanted}.</source>
        <translation>Бұл дерекқор {wanted} филиалына емес, {found} филиалына тиесілі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="144"/>
        <source>No branch is set up yet ({path}). Run “branchdesk init --branch CODE --name NAME” or “branchdesk demo”.</source>
        <translation>Филиал әлі бапталмаған ({path}). «branchdesk init --branch CODE --name NAME» немесе «branchdesk demo» командасын орындаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="149"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>Диск толып қалды, ештеңе сақталмады. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="152"/>
        <source>The database {path} is read-only; nothing was saved. Check its permissions.</source>
        <translation>{path} дерекқоры тек оқуға ғана ашылады, ештеңе сақталмады. Қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="155"/>
        <source>The database {path} is damaged. Restore the latest backup with “branchdesk restore FILE”.</source>
        <translation>{path} дерекқоры бүлінген. Соңғы сақтық көшірмені «branchdesk restore FILE» командасымен қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="159"/>
        <source>The database {path} cannot be opened. Check the folder and its permissions.</source>
        <translation>{path} дерекқорын ашу мүмкін болмады. Қалтаны және оған қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="162"/>
        <source>The database {path} is busy in another program. Try again in a moment.</source>
        <translation>{path} дерекқорын басқа бағдарлама пайдаланып жатыр. Сәлден соң қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="165"/>
        <source>The disk could not be read or written ({path}). Check the disk.</source>
        <translation>Дискіден оқу немесе дискіге жазу мүмкін болмады ({path}). Дискіні тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="168"/>
        <source>{path} is not a branchdesk database.</source>
        <translation>{path} — branchdesk дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="169"/>
        <source>The database {path} was written by a newer branchdesk (schema {found}; this version knows {known}). Install the newer version.</source>
        <translation>{path} дерекқорын branchdesk-тің жаңарақ нұсқасы жазған (схемасы {found}; бұл нұсқа білетін соңғы схема — {known}). Жаңа нұсқасын орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="174"/>
        <source>Updating {path} would break links between records; it was left unchanged.</source>
        <translation>{path} жаңартылса, жазбалар арасындағы байланыстар бұзылар еді, сондықтан дерекқор өзгертілмеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="177"/>
        <source>{field}: must be at least 1.</source>
        <translation>{field}: кемінде 1 болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="178"/>
        <source>This title is no longer in the catalogue.</source>
        <translation>Бұл басылым каталогта енді жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="179"/>
        <source>{field}: {language} is not a language of the desk.</source>
        <translation>{field}: «{language}» деген интерфейс тілі жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="182"/>
        <source>{field}: must be from {min} to {max}.</source>
        <translation>{field}: {min} және {max} аралығында болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="183"/>
        <source>{field}: unknown item type {item_type}.</source>
        <translation>{field}: «{item_type}» деген басылым түрі жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="184"/>
        <source>{field}: two rules for group {category} and item type {item_type}; keep one.</source>
        <translation>{field}: «{category}» тобы мен «{item_type}» түріне екі ереже берілген; біреуін қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="187"/>
        <source>The loan rules need a row for any group and any item type.</source>
        <translation>Беру ережелерінде «барлық топтар, барлық түрлер» жолы болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="190"/>
        <source>{field}: the branch must be open on at least one day of the week.</source>
        <translation>{field}: филиал аптасына кемінде бір күн жұмыс істеуі керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="193"/>
        <source>{field}: the closed dates end before they start.</source>
        <translation>{field}: аяқталу күні басталу күнінен ерте тұр.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="196"/>
        <source>{field}: a closed period is at most {max} days.</source>
        <translation>{field}: жұмыс істемейтін кезең {max} күннен аспауы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="199"/>
        <source>No staff account {login}.</source>
        <translation>«{login}» тіркелгісі жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="200"/>
        <source>{login} is the last active branch admin; make another admin first.</source>
        <translation>«{login}» — филиалдың соңғы белсенді әкімшісі; алдымен басқа әкімші тағайындаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="203"/>
        <source>The file {path} does not exist.</source>
        <translation>{path} файлы табылмады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="204"/>
        <source>{path} is not a journal exported by branchdesk, or it is damaged.</source>
        <translation>{path} branchdesk экспорттаған журнал емес немесе зақымдалған.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="207"/>
        <source>{path} is not an answer file from the central library, or it is damaged.</source>
        <translation>{path} орталық кітапхананың жауап файлы емес немесе зақымдалған.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="210"/>
        <source>The answers in {path} are for branch {found}, not for {wanted}.</source>
        <translation>{path} ішіндегі жауаптар {wanted} емес, {found} филиалына арналған.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="213"/>
        <source>The token of branch {branch} is revoked: give it a new token first.</source>
        <translation>{branch} филиалының токені кері қайтарылған: алдымен оған жаңа токен беріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="216"/>
        <source>The journal names a computer that belongs to another branch than {branch}.</source>
        <translation>Журналда {branch} емес, басқа филиалға тиесілі компьютер көрсетілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="219"/>
        <source>The central database failed for a moment ({reason}); try again.</source>
        <translation>Орталық дерекқор бір сәтке істен шықты ({reason}); қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="222"/>
        <source>The backup {path} belongs to branch {found}, not to this branch {wanted}.</source>
        <translation>{path} сақтық көшірмесі осы филиалға ({wanted}) емес, {found} филиалына тиесілі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="225"/>
        <source>{pending} operations have not reached the central library yet and would be lost. Sync first, or repeat with --force (the current database is kept in {path}).</source>
        <translation>Орталық кітапханаға әлі жетпеген операциялар: {pending}; қалпына келтірсе, олар жоғалады. Алдымен синхрондаңыз немесе команданы --force арқылы қайталаңыз (қазіргі база {path} ішінде сақталды).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="230"/>
        <source>{path} is the branch database itself; choose another file for the backup.</source>
        <translation>{path} — филиалдың өз базасы; сақтық көшірмеге басқа файл таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="233"/>
        <source>Cannot use {path}: {reason}.</source>
        <translation>{path} пайдалану мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="234"/>
        <source>The central library&apos;s server is not part of this installation: it runs on the centre&apos;s computer, installed there with branchdesk[central].</source>
        <translation>Орталық кітапхананың сервері бұл орнатуға кірмейді: ол орталықтың компьютерінде жұмыс істейді және онда branchdesk[central] ретінде орнатылады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="239"/>
        <source>The central library ({url}) cannot be reached. Work goes on; it will be sent later.</source>
        <translation>Орталық кітапханамен ({url}) байланыс жоқ. Жұмыс жалғаса береді; деректер кейінірек жіберіледі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="243"/>
        <source>The central library refused this branch&apos;s token. Ask the central library for a new token and enter it in Settings.</source>
        <translation>Орталық кітапхана бұл филиалдың токенін қабылдамады. Орталық кітапханадан жаңа токен сұрап, оны Баптауларға енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="248"/>
        <source>The central library needs a newer branchdesk. Nothing is lost: update the program, then sync again.</source>
        <translation>Орталық кітапханаға branchdesk-тің жаңа нұсқасы керек. Ештеңе жоғалған жоқ: бағдарламаны жаңартып, қайта синхрондаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="253"/>
        <source>The central library had a problem (code {status}). It will be tried again.</source>
        <translation>Орталық кітапханада ақау болды (коды {status}). Кейінірек қайта әрекет жасалады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="256"/>
        <source>The central library refused the request ({reason}).</source>
        <translation>Орталық кітапхана сұрауды қабылдамады ({reason}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="259"/>
        <source>This branch is not connected to a central library. Set the address and the token in Settings, or run “branchdesk init --central URL --token TOKEN”.</source>
        <translation>Бұл филиал орталық кітапханаға қосылмаған. Мекенжай мен токенді Баптауларда енгізіңіз немесе «branchdesk init --central URL --token TOKEN» командасын орындаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="264"/>
        <source>“{url}” is not an address of a central library (it starts with https://).</source>
        <translation>«{url}» орталық кітапхананың мекенжайы емес (ол https:// деп басталады).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="267"/>
        <source>Give the branch&apos;s token with --token as well as --central.</source>
        <translation>--central параметрімен бірге филиал токенін --token арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="270"/>
        <source>Cannot open the central database: {reason}</source>
        <translation>Орталық дерекқорды ашу мүмкін емес: {reason}</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="273"/>
        <source>{url}: the central database must be sqlite:/// or postgresql+psycopg://.</source>
        <translation>{url}: орталық дерекқор sqlite:/// немесе postgresql+psycopg:// болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="276"/>
        <source>This database is not a branchdesk central database.</source>
        <translation>Бұл дерекқор branchdesk-тің орталық дерекқоры емес.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="279"/>
        <source>Branch {branch} exists already. To give it a new token, use new-token.</source>
        <translation>{branch} филиалы бұрыннан бар. Оған жаңа токен беру үшін new-token командасын қолданыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="282"/>
        <source>There is no branch {branch}.</source>
        <translation>{branch} филиалы жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="283"/>
        <source>“{code}” is not a branch code (2 to 5 Latin capital letters, e.g. BST).</source>
        <translation>«{code}» филиал коды емес (2–5 бас латын әрпі, мысалы BST).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="286"/>
        <source>No such conflict.</source>
        <translation>Мұндай қайшылық жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="287"/>
        <source>This token belongs to branch {branch}, not {wanted}. Check the token.</source>
        <translation>Бұл токен {wanted} филиалына емес, {branch} филиалына тиесілі. Токенді тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="290"/>
        <source>{field}: the rules file does not have this part right (see the README).</source>
        <translation>{field}: ережелер файлының бұл бөлігі дұрыс емес (README қараңыз).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="293"/>
        <source>{field}: “{role}” is not a role (librarian or branch_admin).</source>
        <translation>{field}: «{role}» деген рөл жоқ (librarian немесе branch_admin).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="296"/>
        <source>This conflict is resolved already, or its resolution is on its way.</source>
        <translation>Бұл қайшылық шешіліп қойған немесе оның шешімі жіберілу үстінде.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="299"/>
        <source>“{action}” is not a way to resolve a conflict.</source>
        <translation>«{action}» қайшылықты шешу тәсілі емес.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="300"/>
        <source>This branch has used up its card numbers; ask the central library.</source>
        <translation>Филиалдың оқырман билеті нөмірлері таусылды; орталық кітапханаға хабарласыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="303"/>
        <source>Card {card} is “{status}”; only an active reader can be blocked.</source>
        <translation>{card} билетінің күйі: «{status}»; тек белсенді оқырманды бұғаттауға болады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="306"/>
        <source>{field}: this ИИН already belongs to reader {card}.</source>
        <translation>{field}: бұл ЖСН {card} оқырманында көрсетілген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="309"/>
        <source>“{value}” is not a date (use YYYY-MM-DD).</source>
        <translation>«{value}» — жарамсыз күн (ЖЖЖЖ-АА-КК түрінде жазыңыз).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="310"/>
        <source>The branch already has {readers} readers; demo data goes into a new one.</source>
        <translation>Филиалда оқырмандар бар ({readers}); демо деректер тек жаңа филиалға жүктеледі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="313"/>
        <source>{field}: the file name must end in .pdf.</source>
        <translation>{field}: файл атауы .pdf деп аяқталуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="314"/>
        <source>Name the readers by card number, or give the date they registered since.</source>
        <translation>Оқырмандарды билет нөмірлерімен атаңыз немесе қай күннен бері тіркелгенін көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="317"/>
        <source>There is nothing to print for this choice.</source>
        <translation>Бұл таңдау бойынша басып шығаратын ештеңе жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="318"/>
        <source>“{value}” is not a period: give a month (2026-11), a quarter (2026-Q4) or a year.</source>
        <translation>«{value}» кезең емес: айды (2026-11), тоқсанды (2026-Q4) немесе жылды көрсетіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="322"/>
        <source>No such report; the reports are: {known}.</source>
        <translation>Мұндай есеп жоқ; бар есептер: {known}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="323"/>
        <source>{field}: the file name must end in .pdf or .xlsx.</source>
        <translation>{field}: файл атауы .pdf немесе .xlsx деп аяқталуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="324"/>
        <source>No slip has been printed at this desk yet.</source>
        <translation>Бұл жұмыс орнында әлі бірде-бір парақша басылмаған.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="325"/>
        <source>Name the copies by barcode, give a date they came since, or one copy&apos;s title.</source>
        <translation>Даналарды штрихкодтарымен атаңыз, қай күннен бері түскенін көрсетіңіз немесе атауының барлық даналары керек бір дананы беріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="328"/>
        <source>Cannot write {path}: check the folder exists and is not read-only.</source>
        <translation>{path} жазылмады: қалтаның бар екенін және оған жазуға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="331"/>
        <source>The font file {path} is missing; reinstall branchdesk.</source>
        <translation>{path} қаріп файлы жоқ; branchdesk-ті қайта орнатыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="335"/>
        <source>ISBN “{isbn}” is not valid; the record is imported without it.</source>
        <translation>ISBN «{isbn}» жарамсыз; жазба онсыз енгізілді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="339"/>
        <source>The record&apos;s leader is damaged (its length or data address is not a number, or wrong).</source>
        <translation>Жазбаның маркері (leader) бүлінген: ұзындығы не деректер адресі сан емес немесе қате.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="343"/>
        <source>The record&apos;s directory is damaged: its fields cannot be found.</source>
        <translation>Жазбаның анықтамалығы бүлінген: өрістерін табу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="347"/>
        <source>The record is not in {encoding}: choose the file&apos;s character set (--encoding).</source>
        <translation>Жазба {encoding} кодтауында емес: файлдың кодтауын таңдаңыз (--encoding).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="351"/>
        <source>The file ends in the middle of this record (the file is cut short).</source>
        <translation>Файл осы жазбаның ортасында үзіледі (файл толық емес).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="355"/>
        <source>The record cannot be read ({reason}).</source>
        <translation>Жазбаны оқу мүмкін емес ({reason}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="359"/>
        <source>The XML is damaged at line {line}, column {column}; nothing after it can be read.</source>
        <translation>XML {line}-жолда, {column}-бағанда бүлінген; одан кейінгісін оқу мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="363"/>
        <source>The record has no title.</source>
        <translation>Жазбаның атауы жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="367"/>
        <source>A copy has neither a barcode nor an inventory number; it is left out.</source>
        <translation>Данада штрихкод та, инвентарлық нөмір де жоқ; ол енгізілмеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="371"/>
        <source>This reader is already registered under card {card}.</source>
        <translation>Бұл оқырман {card} билетімен тіркелген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="375"/>
        <source>Card {card} already belongs to another reader.</source>
        <translation>{card} билеті басқа оқырманға тиесілі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="379"/>
        <source>The row has merged cells: unmerge them in Excel and import again.</source>
        <translation>Жолда біріктірілген ұяшықтар бар: Excel-де ажыратып, қайта енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="383"/>
        <source>The header row of {path} has merged cells: unmerge them in Excel.</source>
        <translation>{path} тақырып жолында біріктірілген ұяшықтар бар: оларды Excel-де ажыратыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="387"/>
        <source>The row has {count} cells, the header only {max}.</source>
        <translation>Жолда {count} ұяшық, ал тақырыпта тек {max}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="391"/>
        <source>The file has no column for: {columns}. Choose the columns (--mapping).</source>
        <translation>Файлда мына бағандар жоқ: {columns}. Бағандарды таңдаңыз (--mapping).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="395"/>
        <source>{path} is empty.</source>
        <translation>{path} бос.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="399"/>
        <source>{path} is not a catalogue file branchdesk reads (MARC, MARCXML, CSV, XLSX); choose the format (--format) if it is one.</source>
        <translation>{path} branchdesk оқитын каталог файлы емес (MARC, MARCXML, CSV, XLSX); солай болса, пішімін таңдаңыз (--format).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="404"/>
        <source>{path} cannot be read as a workbook.</source>
        <translation>{path} жұмыс кітабы ретінде оқылмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="408"/>
        <source>The first row of {path} is empty: it must name the columns.</source>
        <translation>{path} бірінші жолы бос: онда бағандардың атаулары болуы керек.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="412"/>
        <source>“{mapping}” is not a column mapping (write field=Header,field=Header).</source>
        <translation>«{mapping}» бағандар сәйкестігі емес (өріс=Тақырып,өріс=Тақырып деп жазыңыз).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="416"/>
        <source>There is no field “{field}” to map a column to.</source>
        <translation>Бағанды сәйкестендіретін «{field}» өрісі жоқ.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="420"/>
        <source>The {encoding} character set is not used in {format} files.</source>
        <translation>{encoding} кодтауы {format} файлдарында қолданылмайды.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="424"/>
        <source>Readers are imported from CSV or Excel lists, not from {format}.</source>
        <translation>Оқырмандар {format} емес, CSV немесе Excel тізімдерінен енгізіледі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="428"/>
        <source>Copy {barcode} names no branch: give one (--branch).</source>
        <translation>{barcode} данасында бөлімше көрсетілмеген: оны көрсетіңіз (--branch).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="438"/>
        <source>Cannot open {path}: check that the file is there and can be read.</source>
        <translation>{path} ашылмады: файлдың бар екенін және оқуға болатынын тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="442"/>
        <source>The record is not in {encoding}: choose the file&apos;s character set above.</source>
        <translation>Жазба {encoding} кодтауында емес: жоғарыдан файлдың кодтауын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="446"/>
        <source>The file has no column for: {columns}. Choose the columns on the right.</source>
        <translation>Файлда мына өрістерге баған жоқ: {columns}. Бағандарды оң жақтан таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="450"/>
        <source>{path} is not a catalogue file branchdesk reads (MARC, MARCXML, CSV, XLSX); choose its format above if it is one.</source>
        <translation>{path} branchdesk оқитын каталог файлы емес (MARC, MARCXML, CSV, XLSX); солай болса, оның пішімін жоғарыдан таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <location filename="../branchdesk/ui/feedback.py" line="33"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../branchdesk/messages.py" line="483"/>
        <source>Central library address</source>
        <translation>Орталық кітапхананың мекенжайы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="484"/>
        <source>Output file</source>
        <translation>Сақталатын файл</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="485"/>
        <source>Registered since</source>
        <translation>Тіркелген күннен бастап</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="486"/>
        <source>Registered on</source>
        <translation>Тіркелген күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="487"/>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="488"/>
        <source>Card valid until</source>
        <translation>Билеттің жарамдылық мерзімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="489"/>
        <source>Loan rules</source>
        <translation>Беру ережелері</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="490"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="491"/>
        <source>Weekly days off</source>
        <translation>Апта ішіндегі демалыс күндері</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="492"/>
        <source>Closed days</source>
        <translation>Жабық күндер</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="493"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="494"/>
        <source>Branch token</source>
        <translation>Филиал токені</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="495"/>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="496"/>
        <source>Resolution</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="497"/>
        <source>Loan</source>
        <translation>Беру</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="498"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="499"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="500"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="501"/>
        <source>ИИН</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="502"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="503"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="504"/>
        <source>Reader group</source>
        <translation>Оқырман тобы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="505"/>
        <source>School or workplace</source>
        <translation>Оқу немесе жұмыс орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="506"/>
        <source>Education</source>
        <translation>Білімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="507"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="508"/>
        <source>Street</source>
        <translation>Көше</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="509"/>
        <source>House</source>
        <translation>Үй</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="510"/>
        <source>Flat</source>
        <translation>Пәтер</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="511"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="512"/>
        <source>Guarantor</source>
        <translation>Кепіл</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="513"/>
        <source>Guarantor&apos;s ИИН</source>
        <translation>Кепілдің ЖСН-і</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="514"/>
        <source>Guarantor&apos;s phone</source>
        <translation>Кепілдің телефоны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="515"/>
        <source>Consent to data processing</source>
        <translation>Дербес деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="516"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="517"/>
        <source>Card</source>
        <translation>Оқырман билеті</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="518"/>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="519"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="520"/>
        <source>Authors</source>
        <translation>Авторлары</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="521"/>
        <source>Author</source>
        <translation>Авторы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="522"/>
        <source>Publisher</source>
        <translation>Баспа</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="523"/>
        <source>Year</source>
        <translation>Жылы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="524"/>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="525"/>
        <source>BBK index</source>
        <translation>ББК индексі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="526"/>
        <source>UDC index</source>
        <translation>ӘОЖ индексі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="527"/>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="528"/>
        <source>Until</source>
        <translation>Қай күнге дейін</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="529"/>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="530"/>
        <source>Topic</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="531"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="532"/>
        <source>Place</source>
        <translation>Өтетін орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="533"/>
        <source>Audience</source>
        <translation>Кімге арналған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="534"/>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="535"/>
        <source>Attendance</source>
        <translation>Қатысқандар саны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="536"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="537"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="538"/>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="539"/>
        <source>Branch</source>
        <translation>Филиал</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="540"/>
        <source>Limit</source>
        <translation>Шектеу</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="541"/>
        <source>Staff login</source>
        <translation>Қызметкердің логині</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="542"/>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="543"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="544"/>
        <source>Inventory number</source>
        <translation>Түгендеу нөмірі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="545"/>
        <source>Location</source>
        <translation>Сақталатын орны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="546"/>
        <source>Price</source>
        <translation>Бағасы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="547"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="548"/>
        <source>Days off</source>
        <translation>Демалыс күндері</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="549"/>
        <source>Item type</source>
        <translation>Басылым түрі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="550"/>
        <source>Name in Kazakh</source>
        <translation>Қазақша атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="551"/>
        <source>Name in Russian</source>
        <translation>Орысша атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="552"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="553"/>
        <source>Loan days</source>
        <translation>Беру мерзімі (күн)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="554"/>
        <source>Max loans</source>
        <translation>Қолдағы кітаптың ең көп саны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="555"/>
        <source>Max renewals</source>
        <translation>Ұзартудың ең көп саны</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="556"/>
        <source>Renewal days</source>
        <translation>Ұзарту мерзімі (күн)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="557"/>
        <source>Idle lock (minutes)</source>
        <translation>Автоқұлыптау (минут)</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="558"/>
        <source>Readers</source>
        <translation>Оқырмандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="559"/>
        <source>Copies</source>
        <translation>Даналар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="560"/>
        <source>Years</source>
        <translation>Жылдар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="561"/>
        <source>Due date</source>
        <translation>Қайтару мерзімі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="563"/>
        <source>Subtitle</source>
        <translation>Қосымша атауы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="564"/>
        <source>Subject headings</source>
        <translation>Тақырыптық айдарлар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="565"/>
        <source>Record number</source>
        <translation>Жазба нөмірі</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="566"/>
        <source>Home branch</source>
        <translation>Тиесілі филиалы</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="567"/>
        <source>Date received</source>
        <translation>Түскен күні</translation>
    </message>
</context>
<context>
    <name>item_kinds</name>
    <message>
        <location filename="../branchdesk/messages.py" line="477"/>
        <source>Books</source>
        <translation>Кітаптар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="478"/>
        <source>Periodicals</source>
        <translation>Мерзімді басылымдар</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="479"/>
        <source>Audio and video</source>
        <translation>Аудиовизуалды материалдар</translation>
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
        <location filename="../branchdesk/messages.py" line="47"/>
        <source>{kind} on loan to the reader: {count}; the limit is {limit}.</source>
        <translation>{kind}: оқырманның қолында {count}; шегі — {limit}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="64"/>
        <source>The loan has reached the renewal limit ({limit}).</source>
        <translation>Мерзімді ұзарту шегіне жетті ({limit}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="72"/>
        <source>Returned late: days overdue {days} (reader {card}).</source>
        <translation>Кешігіп қайтарылды: мерзімі өткен күндер — {days} (оқырман {card}).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="50"/>
        <source>Copy {barcode} is still on loan to reader {card}: its return was missed. Lending it closes that loan.</source>
        <translation>{barcode} данасы әлі де басқа оқырманда тұр (оқырман: {card}): қайтарылғаны белгіленбей қалған. Кітапты қазір берсеңіз, бұрынғы беру жабылады.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="55"/>
        <source>Copy {barcode} is for use in the library only.</source>
        <translation>{barcode} данасын тек кітапхананың ішінде оқуға болады, үйге берілмейді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="58"/>
        <source>Copy {barcode} is marked lost. Lending it marks it found.</source>
        <translation>{barcode} данасы жоғалған деп белгіленген. Оны берсеңіз, табылды деп белгіленеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="61"/>
        <source>Copy {barcode} is in transit to its home branch.</source>
        <translation>{barcode} данасы өз филиалына жіберілуде (жолда).</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="67"/>
        <source>The reader has overdue books: {count}.</source>
        <translation>Оқырманда мерзімі өткен кітаптар бар: {count}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="68"/>
        <source>The copy belongs to branch {branch}.</source>
        <translation>Бұл дана {branch} филиалына тиесілі.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="69"/>
        <source>The reader has not been re-registered for {year}.</source>
        <translation>Оқырман {year} жылға қайта тіркелмеген.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="75"/>
        <source>Put the copy aside to be sent to branch {branch}.</source>
        <translation>Дананы {branch} филиалына жіберу үшін бөлек қойыңыз.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="78"/>
        <source>One more book and the reader reaches the limit of {limit}.</source>
        <translation>Тағы бір кітап берілсе, оқырман шектеуге ({limit}) жетеді.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="81"/>
        <source>Due date shortened to the card&apos;s end of validity, {valid_until}.</source>
        <translation>Қайтару мерзімі оқырман билетінің жарамдылық мерзіміне дейін қысқартылды: {valid_until}.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="84"/>
        <source>Copy {barcode} is back at its home branch and on the shelf again.</source>
        <translation>{barcode} данасы өз филиалына оралды, қайтадан сөреде.</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="87"/>
        <source>Copy {barcode} was marked lost and is now found again.</source>
        <translation>{barcode} данасы жоғалған деп белгіленген еді, енді табылды.</translation>
    </message>
</context>
<context>
    <name>statuses</name>
    <message>
        <location filename="../branchdesk/messages.py" line="458"/>
        <source>active</source>
        <translation>белсенді</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="459"/>
        <source>blocked</source>
        <translation>бұғатталған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="460"/>
        <source>card lost</source>
        <translation>билеті жоғалған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="461"/>
        <source>cancelled</source>
        <translation>күші жойылған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="462"/>
        <source>on the shelf</source>
        <translation>сөреде</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="463"/>
        <source>on loan</source>
        <translation>берілген</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="464"/>
        <source>in transit</source>
        <translation>жолда</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="465"/>
        <source>lost</source>
        <translation>жоғалған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="466"/>
        <source>written off</source>
        <translation>есептен шығарылған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="467"/>
        <source>library use only</source>
        <translation>тек кітапханада оқылады</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="468"/>
        <source>waiting</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="469"/>
        <source>applied</source>
        <translation>қабылданды</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="470"/>
        <source>duplicate</source>
        <translation>қайталанған</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="471"/>
        <source>conflict</source>
        <translation>қайшылық</translation>
    </message>
    <message>
        <location filename="../branchdesk/messages.py" line="472"/>
        <source>rejected</source>
        <translation>қабылданбады</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="8"/>
        <source>Summary of the library&apos;s work</source>
        <translation>Кітапхана жұмысының жиынтығы</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="9"/>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="10"/>
        <source>Indicators</source>
        <translation>Салыстырмалы көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="11"/>
        <source>Loans and visits by month</source>
        <translation>Айлар бойынша кітап беру және келушілер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="12"/>
        <source>Events by programme and form</source>
        <translation>Бағдарламалар мен түрлері бойынша іс-шаралар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="13"/>
        <source>Readers (registered and re-registered since 1 January)</source>
        <translation>Оқырмандар (1 қаңтардан бері тіркелген және қайта тіркелген)</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="16"/>
        <source>New readers in the period</source>
        <translation>Кезеңдегі жаңа оқырмандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="17"/>
        <source>Visits</source>
        <translation>Келушілер</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="18"/>
        <source>Loans</source>
        <translation>Кітап беру</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="19"/>
        <source>Events held</source>
        <translation>Өткізілген іс-шаралар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="20"/>
        <source>Came to events</source>
        <translation>Іс-шараларға қатысқандар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="21"/>
        <source>Fund (copies not written off)</source>
        <translation>Қор (есептен шығарылмаған даналар)</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="22"/>
        <source>Reading intensity (читаемость)</source>
        <translation>Оқылым (читаемость)</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="23"/>
        <source>Visits per reader (посещаемость)</source>
        <translation>Келушілік (посещаемость)</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="24"/>
        <source>Fund turnover (обращаемость)</source>
        <translation>Қордың айналымы (обращаемость)</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="25"/>
        <source>Books per reader (книгообеспеченность)</source>
        <translation>Кітаппен қамтамасыз етілу (книгообеспеченность)</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="26"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="27"/>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="28"/>
        <source>Form</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="29"/>
        <source>Events</source>
        <translation>Іс-шаралар</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="30"/>
        <source>Came</source>
        <translation>Қатысқаны</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="31"/>
        <source>none</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="32"/>
        <source>outside the programmes</source>
        <translation>бағдарламадан тыс</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="33"/>
        <source>Indicator</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="34"/>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <location filename="../branchdesk/printing/summary_labels.py" line="35"/>
        <source>Made of</source>
        <translation>Неден құралады</translation>
    </message>
</context>
</TS>
