### Kinline — DSO 01/2020 Annex A: video calls compact
### language: kmr (Kurdish (Kurmanji), Kurmancî)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Bangên vîdyoyî: peymana bikaranînê
compact-intro = Berî ku destûra bikaranîna bangên vîdyoyî ji we re bê dayîn, divê hûn qaîdeyên li jêr fêm bikin û îmze bikin da ku nîşan bidin ku hûn bi wan razî ne.

## Rules

rule-no-recording-log = Ji banga vîdyoyî ti tomarên dîmen an dengî nayên girtin, û em tenê dîrok, dem û dirêjahiya banga we dinivîsin.
rule-privacy-supervision = Di dema banga we de, heta ku gengaz be, dê rêz ji jiyana we ya taybet re bê girtin, lê karmend dikarin ji bo çavdêriyê li bangên vîdyoyî binêrin.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Danişîn di demên { $minutes } deqîqeyî de têne pêşkêşkirin.
rule-dress = Ji kesên girtî û ji kesên ku bi wan re bi vîdyoyê diaxivin tê hêvîkirin ku cilên guncav li xwe bikin, wek mînak ne cilên avjeniyê an cilên binî.
rule-terminate-breach = Eger şertên bikaranînê bên binpêkirin an ewlehiya navendê bikeve xeterê, mafê karmendên çavdêr heye ku banga vîdyoyî rawestînin.
rule-body-cameras = Karmendên çavdêr dikarin kamerayên li ser laş bikar bînin da ku her binpêkirina şertên bikaranînê tomar bikin, çi ji aliyê kesê girtî ve be, çi ji aliyê kesê li aliyê din ê bangê ve be.
rule-police-referral = Her delîlek ku nîşan bide sûcek hatiye kirin dê ji polîsan re bê şandin.
rule-no-recording-publish = Divê bangên vîdyoyî bi ti awayî neyên tomarkirin, ne bi deng û ne bi dîmen, û neyên weşandin jî, barkirina li ser malperek wek YouTube jî di nav de; eger delîla tomarkirinê hebe, bang dê bê rawestandin û delîl dê ji polîsan re bê dayîn.
rule-terminate-behaviour = Banga vîdyoyî dê ji ber zimanê pîs an heqaretkar, tevgerên zayendî, an her tevgerek ku karmendên çavdêr ne guncav bibînin bê rawestandin.
rule-breach-ban = Binpêkirina şertên bikaranînê dikare bibe sedem ku di pêşerojê de rezervkirina bangên vîdyoyî li we bê qedexekirin.

## Code of conduct

conduct-must-heading = Divê hûn:
must-respect = haya we ji bikarhênerên din hebe û hûn rêzê li wan bigirin.
must-report-concerns = her xemeke we ya derbarê bangê de ji karmendekî re bibêjin.
must-cooperate = her tim bi çavdêr re hevkariyê bikin û li gorî her talîmateke ku tê dayîn tevbigerin.
must-report-breach = her binpêkirina van qaîdeyan, çi ji aliyê we ve çi ji aliyê kesên din ve, bê dereng ji şirketa ku navendê bi rê ve dibe re ragihînin.
conduct-must-not-heading = Divê hûn van tiştan nekin:
must-not-unlawful = bikaranîna karûbarê bangên vîdyoyî ji bo ti karê neqanûnî.
must-not-settings = sazkirin an guhertina ti mîhengên amûrê.
must-not-offensive = parvekirina ekrana xwe, an nîşandana ti tiştê ku neqanûnî be an dikare kesên din aciz bike, naveroka pornografîk, nijadperest an dijî homoseksuelan jî di nav de.
must-not-record = tomarkirina bangê; her delîlek ku nîşan bide kesekî din banga vîdyoyî tomar dike, dê bibe sedema rawestandina bangê.

## Agreement

agreement-heading = Peyman
agreement-read = Min ev qaîdeyên li ser bikaranîna bangên vîdyoyî xwendin û fêm kirin, û ez razî me ku li gorî şert û mercên wan tevbigerim.
agreement-suspension = Ez fêm dikim ku her binpêkirina van qaîdeyan dikare bibe sedem ku bikaranîna karûbarê bangên vîdyoyî ji bo demekê ji min re bê rawestandin.
agreement-police = Herwiha ez fêm dikim ku her hewldanek ji bo kirina karekî neqanûnî dê ji polîsan re bê ragihandin û dikare bibe sedema dozeke cezayî.
