### Kinline — DSO 01/2020 Annex A: video calls compact
### language: so (Somali, Soomaali)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Wicitaannada fiidiyowga: heshiiska isticmaalka
compact-intro = Ka hor inta aan laguu oggolaan isticmaalka wicitaanka fiidiyowga, waa inaad fahantaa xeerarka hoose oo aad saxiixdaa si aad u xaqiijiso inaad ku raacsan tahay.

## Rules

rule-no-recording-log = Wicitaanka fiidiyowga lagama duubo sawir iyo cod midna, waxaanan qoraynaa oo keliya taariikhda, saacadda iyo mudada wicitaankaaga.
rule-privacy-supervision = Inta lagu jiro wicitaankaaga, arrimahaaga gaarka ah waa la ixtiraami doonaa inta suurtagal ah, laakiin shaqaaluhu way daawan karaan wicitaannada fiidiyowga si ay u kormeeraan.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Wicitaannada waxaa la bixiyaa waqtiyo { $minutes } daqiiqo ah.
rule-dress = Dadka xarunta lagu hayo iyo dadka kula hadlaya wicitaanka fiidiyowga waxaa laga filayaa inay si habboon u labistaan, tusaale ahaan yaysan xirnaan dharka dabaasha ama dharka hoose oo keliya.
rule-terminate-breach = Shaqaalaha kormeeraya waxay xaq u leeyihiin inay joojiyaan wicitaanka fiidiyowga haddii shuruudaha isticmaalka la jebiyo ama ammaanka xarunta khatar la geliyo.
rule-body-cameras = Shaqaalaha kormeeraya waxay isticmaali karaan kamaradaha jirka lagu xirto si ay u duubaan jebin kasta oo shuruudaha isticmaalka ah, ha sameeyo qofka xarunta lagu hayo ama qofka ka jira dhinaca kale ee wicitaanka.
rule-police-referral = Caddayn kasta oo muujinaysa in dambi dhacay waxaa loo gudbin doonaa booliska.
rule-no-recording-publish = Wicitaannada fiidiyowga lama duubi karo si kasta ha ahaatee, cod ama sawir, lamana faafin karo, taas oo ay ku jirto in la geliyo bog internet ah sida YouTube; haddii la helo caddayn duubis, wicitaanka waa la joojin doonaa, caddayntana waxaa la siin doonaa booliska.
rule-terminate-behaviour = Wicitaanka fiidiyowga waa la joojin doonaa haddii la isticmaalo hadal fool xun ama caay ah, dabeecad galmo, ama dabeecad kasta oo shaqaalaha kormeeraya ay u arkaan inaysan habboonayn.
rule-breach-ban = Jebinta shuruudaha isticmaalka waxay keeni kartaa in mustaqbalka lagaa mamnuuco ballansashada wicitaannada fiidiyowga.

## Code of conduct

conduct-must-heading = Waa inaad:
must-respect = tixgelisaa dadka kale ee adeegga isticmaala oo aad ixtiraamtaa.
must-report-concerns = u sheegtaa mid ka mid ah shaqaalaha walaac kasta oo aad ka qabto wicitaanka.
must-cooperate = la shaqaysaa kormeeraha mar walba oo aad raacdaa tilmaan kasta oo lagu siiyo.
must-report-breach = si degdeg ah ugu sheegtaa shirkadda maamusha xarunta jebin kasta oo xeerkan ah, adiga ha sameeyee ama dad kale ha sameeyeen.
conduct-must-not-heading = Waa inaanad:
must-not-unlawful = u isticmaalin adeegga wicitaanka fiidiyowga wax sharci darro ah.
must-not-settings = dejin ama beddelin wax habayn ah oo qalabka ku jira.
must-not-offensive = la wadaagin shaashaddaada ama soo bandhigin wax sharci darro ah ama dadka kale ka xumaysiin kara, oo ay ku jiraan wax galmo qaawan ah, cunsurinimo ah ama nacayb ka dhan ah khaniisiinta.
must-not-record = duubin wicitaanka; caddayn kasta oo muujinaysa in qof kale duubayo wicitaanka fiidiyowga waxay keeni doontaa in wicitaanka la joojiyo.

## Agreement

agreement-heading = Heshiis
agreement-read = Waan akhriyay oo waan fahmay xeerkan ku saabsan isticmaalka wicitaanka fiidiyowga, waxaanan oggolahay inaan raaco shuruudihiisa.
agreement-suspension = Waan fahamsanahay in jebin kasta oo xeerkan ah ay keeni karto in muddo la iga hakiyo isticmaalka adeegga wicitaanka fiidiyowga.
agreement-police = Sidoo kale waan fahamsanahay in isku day kasta oo lagu samaynayo wax sharci darro ah loo sheegi doono booliska, ayna keeni karto dacwad dambiyeed.
