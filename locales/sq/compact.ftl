### Kinline — DSO 01/2020 Annex A: video calls compact
### language: sq (Albanian, Shqip)
### version: annex-a-2020.1
### translator: machine draft by the Kinline team
### reviewed: no

compact-title = Thirrjet me video: marrëveshja e përdorimit
compact-intro = Para se të merrni leje për thirrjet me video, duhet të kuptoni rregullat më poshtë dhe të nënshkruani për të treguar që jeni dakord me to.

## Rules

rule-no-recording-log = Nga thirrja me video nuk bëhet asnjë regjistrim me figurë ose me zë, dhe ne shënojmë vetëm datën, orën dhe kohëzgjatjen e thirrjes suaj.
rule-privacy-supervision = Privatësia juaj do të respektohet sa më shumë që të jetë e mundur gjatë thirrjes, por stafi mund t’i shikojë thirrjet me video për t’i mbikëqyrur.
# $minutes (Number) - length of one slot, set by the centre (30 to 60).
rule-slots = Seancat ofrohen në periudha prej { $minutes } minutash.
rule-dress = Personat e mbajtur në qendër dhe personat me të cilët flasin në thirrjen me video duhet të jenë të veshur si duhet, për shembull jo me rroba banje ose me të brendshme.
rule-terminate-breach = Stafi mbikëqyrës ka të drejtë ta ndërpresë thirrjen me video nëse shkelen kushtet e përdorimit ose nëse rrezikohet siguria e qendrës.
rule-body-cameras = Stafi mbikëqyrës mund të përdorë kamera që mbahen në trup për të regjistruar çdo shkelje të kushteve të përdorimit, qoftë nga personi i mbajtur, qoftë nga personi në anën tjetër të thirrjes.
rule-police-referral = Çdo provë se është kryer një vepër penale do t’i dërgohet policisë.
rule-no-recording-publish = Thirrjet me video nuk lejohet të regjistrohen në asnjë mënyrë, as me zë, as me figurë, dhe as të publikohen, duke përfshirë ngarkimin në një faqe interneti si YouTube; nëse ka prova regjistrimi, thirrja do të ndërpritet dhe provat do t’i dërgohen policisë.
rule-terminate-behaviour = Një thirrje me video do të ndërpritet për shkak të gjuhës së ndyrë ose fyese, sjelljes seksuale ose çdo sjelljeje që stafi mbikëqyrës e konsideron të papërshtatshme.
rule-breach-ban = Shkelja e kushteve të përdorimit mund të çojë në ndalimin tuaj nga rezervimi i thirrjeve me video në të ardhmen.

## Code of conduct

conduct-must-heading = Ju duhet:
must-respect = të keni parasysh përdoruesit e tjerë dhe t’i respektoni.
must-report-concerns = t’i tregoni një punonjësi të stafit çdo shqetësim që keni nga thirrja.
must-cooperate = të bashkëpunoni gjatë gjithë kohës me personin që mbikëqyr dhe të zbatoni çdo udhëzim që ju jepet.
must-report-breach = të njoftoni pa vonesë kompaninë që drejton qendrën për çdo shkelje të këtyre rregullave, nga ju ose nga të tjerët.
conduct-must-not-heading = Ju nuk duhet:
must-not-unlawful = të përdorni shërbimin e thirrjeve me video për ndonjë veprimtari të paligjshme.
must-not-settings = të konfiguroni ose të ndryshoni ndonjë cilësim në pajisje.
must-not-offensive = të ndani ekranin tuaj ose të shfaqni ndonjë material që është i paligjshëm ose që mund të fyejë të tjerët, duke përfshirë material pornografik, racist ose homofobik.
must-not-record = të regjistroni thirrjen; çdo provë se një thirrje me video po regjistrohet nga dikush tjetër do të çojë në ndërprerjen e thirrjes.

## Agreement

agreement-heading = Marrëveshja
agreement-read = Kam lexuar dhe kuptoj këto rregulla për përdorimin e thirrjeve me video dhe jam dakord të zbatoj kushtet e tyre.
agreement-suspension = E kuptoj se çdo shkelje e këtyre rregullave mund të bëjë që të më pezullohet përdorimi i shërbimit të thirrjeve me video.
agreement-police = Gjithashtu e kuptoj se çdo përpjekje për të bërë diçka të paligjshme do t’i raportohet policisë dhe mund të çojë në ndjekje penale.
