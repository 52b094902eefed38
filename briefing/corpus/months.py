"""Month words → month number, generated from CLDR by benchmarks/realworld/gen_months.py.

Languages: en de fr it es pt nl pl cs sk ro hu sv da nb fi tr az ru uk be bg kk ky uz el.
Lower case, without a final period, grouped by month. Do not edit.
"""

#: Each month's words, separated by spaces, under its number.
_BY_MONTH: dict[int, str] = {
    1: """
        ene enero gen gennaio ian ianuarie jan janeiro januar januari january január januára
        janv janvier led leden ledna oca ocak sty styczeń stycznia tammi tammikuu tammikuuta yan
        yanvar ιαν ιανουάριος ιανουαρίου сту студзень студзеня січ січень січня янв январь
        января яну януари қаң қаңтар
    """,
    2: """
        feb febbraio febr febrero februar februari februarie february február februára fev
        fevereiro fevral févr février helmi helmikuu helmikuuta lut lutego luty úno únor února
        şub şubat φεβ φεβρουάριος φεβρουαρίου ақп ақпан лют лютага лютий лютого люты фев февр
        февраль февраля февруари
    """,
    3: """
        bře březen března maalis maaliskuu maaliskuuta maart mar marca march marec mars mart
        martie marts marzec marzo março mrt márc március mär märz μάρ μάρτιος μαρ μαρτίου бер
        березень березня мар март марта нау наурыз сак сакавік сакавіка
    """,
    4: """
        abr abril apr aprel april aprile aprilie apríl apríla avr avril dub duben dubna huhti
        huhtikuu huhtikuuta kwi kwiecień kwietnia nis nisan ápr április απρ απρίλιος απριλίου
        апр апрель апреля април квіт квітень квітня кра красавік красавіка сәу сәуір
    """,
    5: """
        kvě květen května mag maggio mai maio maj maja may mayo mayıs mei máj mája május touko
        toukokuu toukokuuta μάι μάιος μαΐ μαΐου май мам мамыр мая трав травень травня
    """,
    6: """
        cze czerwca czerwiec giu giugno haz haziran iun iunie iyn iyun juin jun june junho juni
        junio jún júna június kesä kesäkuu kesäkuuta červen června čvn ιουν ιουνίου ιούν ιούνιος
        июн июнь июня мау маусым черв червень червня чэр чэрвень чэрвеня юни
    """,
    7: """
        heinä heinäkuu heinäkuuta iul iulie iyl iyul juil juillet jul julho juli julio july júl
        júla július lip lipca lipiec lug luglio tem temmuz července červenec čvc ιουλ ιουλίου
        ιούλ ιούλιος июл июль июля лип липень липня ліп ліпень ліпеня шіл шілде юли
    """,
    8: """
        ago agosto août aug august augusta augusti augustus augusztus avg avgust avq avqust ağu
        ağustos elo elokuu elokuuta sie sierpień sierpnia srp srpen srpna αυγ αυγούστου αύγ
        αύγουστος авг август августа жні жнівень жніўня серп серпень серпня там тамыз
    """,
    9: """
        eyl eylül sen sentabr sentyabr sep sept september septembra septembre septembrie
        septiembre set setembro settembre syys syyskuu syyskuuta szept szeptember wrz wrzesień
        września zář září σεπ σεπτέμβριος σεπτεμβρίου вер верасень верасня вересень вересня сен
        сент сентябрь сентября сеп септември қыр қыркүйек
    """,
    10: """
        eki ekim loka lokakuu lokakuuta oct october octobre octombrie octubre okt oktabr oktober
        oktyabr október októbra ott ottobre out outubro paź październik października říj říjen
        října οκτ οκτωβρίου οκτώβριος жовт жовтень жовтня кас кастрычнік кастрычніка окт
        октомври октябрь октября қаз қазан
    """,
    11: """
        kas kasım lis listopad listopada listopadu marras marraskuu marraskuuta noiembrie nov
        november novembra novembre novembro noviembre noy noyabr νοέ νοέμβριος νοε νοεμβρίου
        лист листопад листопада ліс лістапад лістапада ное ноември ноя нояб ноябрь ноября қар
        қараша
    """,
    12: """
        ara aralık dec december decembra decembrie dek dekabr des desember dez dezember dezembro
        dic dicembre diciembre déc décembre gru grudnia grudzień joulu joulukuu joulukuuta pro
        prosince prosinec δεκ δεκέμβριος δεκεμβρίου груд грудень грудня дек декабрь декабря
        декември жел желтоқсан сне снежань снежня
    """,
}

MONTHS: dict[str, int] = dict(
    sorted((word, number) for number, text in _BY_MONTH.items() for word in text.split())
)
