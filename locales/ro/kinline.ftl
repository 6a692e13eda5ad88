### Kinline — the tablet app and the caller's page: interface strings
### language: ro (Romanian, Română)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Apeluri video Kinline
app-tagline = Apeluri video pentru persoanele aflate în detenție
signin-title = Autentificare
signin-staff-number = Număr de angajat
signin-pin = PIN
signin-button = Autentificare
signin-offline-note = Vă puteți autentifica fără rețea dacă v-ați mai autentificat pe această tabletă.
signin-error-unknown = Acest număr de angajat nu este cunoscut pe această tabletă. Verificați-l sau conectați-vă la rețea ca tableta să se actualizeze.
signin-error-pin = PIN-ul nu este corect. Încercați din nou.
signin-error-locked = Prea multe PIN-uri greșite. Cereți unui manager să vă deblocheze contul.
signout-button = Deconectare
today-title = Azi
today-count = { $count ->
    [one] { $count } apel programat
    [few] { $count } apeluri programate
   *[other] { $count } de apeluri programate
}
today-empty = Nu sunt apeluri programate pentru restul zilei.
today-row = { $time } — { $name }
call-kind-social = Apel social
call-kind-legal = Apel juridic
today-open-session = Deschide sesiunea
today-new-booking = Programare nouă
session-title = Sesiunea deținutului
session-for = Sesiune pentru { $name }
session-compact-needed = Acordul trebuie semnat înainte de orice apel video.
session-compact-signed = Acordul a fost semnat
session-suspended = Apelurile video sunt suspendate pentru această persoană.
session-start-call = Începe apelul
session-hand-back = Dați tableta înapoi ofițerului
compact-screen-title = Apeluri video: regulile
compact-choose-language = Alegeți limba în care doriți să citiți și să ascultați regulile
compact-read-aloud = Citește cu voce tare
compact-stop-reading = Oprește citirea
compact-reading = Se citește cu voce tare…
compact-no-voice = Pe această tabletă nu există voce pentru această limbă. Folosiți un interpret pentru a explica regulile.
compact-not-offered = Regulile nu sunt disponibile în această limbă. Folosiți un interpret pentru a le explica.
compact-not-reviewed = Această traducere nu a fost verificată de un traducător calificat.
compact-not-reviewed-dco = Această traducere nu a fost revizuită. Confirmați că deținutul a înțeles-o și notați cum.
compact-confirm-how = Cum a fost confirmată înțelegerea?
compact-confirm-read = A citit-o pe ecran într-o limbă pe care o citește bine
compact-confirm-audio = A ascultat-o citită cu voce tare până la sfârșit
compact-confirm-interpreter = Un interpret a explicat-o
compact-interpreter-reference = Referința programării sau a ecusonului interpretului
compact-understood = Am înțeles regulile
compact-ask-question = Am o întrebare
compact-version = Versiunea { $version }
signature-title = Semnătura
signature-instructions = Semnați cu degetul în interiorul casetei.
signature-clear = Șterge
signature-confirm = Confirmă semnătura
signature-witness = Ofițer: confirmați că ați văzut deținutul semnând.
signature-witness-button = Am fost martor la această semnătură
signature-saved = Semnătura a fost salvată.
call-waiting = Se așteaptă conectarea apelantului…
call-caller-joined = Apelantul s-a conectat.
call-check-adult = Verificați că persoana apelată este adultă înainte de a o admite.
call-admit = Admite apelantul
call-refuse-not-adult = Nu este adult — nu admiteți
call-mute = Dezactivează sunetul
call-unmute = Activează sunetul
call-camera-off = Oprește camera
call-camera-on = Pornește camera
call-end = Încheie apelul
call-time-left = { $minutes ->
    [one] A mai rămas { $minutes } minut
    [few] Au mai rămas { $minutes } minute
   *[other] Au mai rămas { $minutes } de minute
}
call-reconnecting = Conexiunea s-a pierdut. Se reconectează…
call-legal-unsupervised = Apel juridic: fără supraveghere vizuală.
end-title = Încheie apelul
end-choose-reason = De ce se încheie apelul?
end-reason-recording = Înregistrarea sau publicarea apelului
end-reason-inappropriate-dress = Îmbrăcăminte nepotrivită
end-reason-abusive-language = Limbaj vulgar sau jignitor
end-reason-sexualised-behaviour = Comportament sexual
end-reason-inappropriate-behaviour = Alt comportament nepotrivit
end-reason-offensive-material = Prezentarea de materiale ilegale sau ofensatoare
end-reason-unlawful-activity = Activitate ilegală
end-reason-security-risk = Risc pentru securitatea centrului
end-reason-concern-for-recipient = Îngrijorare privind apelul sau siguranța apelantului
end-confirm = Încheie apelul acum
end-referral-note = Un raport merge la departamentul de securitate.
incident-title = Raport de incident (DSO §19)
incident-what-happened = Ce s-a întâmplat
incident-when = Când
incident-who-involved = Cine a fost implicat
incident-submit = Trimite raportul
incident-saved = Raportul a fost salvat. Va fi trimis când tableta va fi online.
suspension-title = Notificare: apelurile video sunt suspendate
suspension-body = { $name }, accesul dumneavoastră la apeluri video este suspendat de la { $from } până la { $until }.
suspension-reasons = Motivele sunt: { $reasons }.
suspension-reason-security = pentru securitatea centrului
suspension-reason-safety = pentru siguranța cuiva
suspension-reason-breach = încălcarea regulilor apelurilor video
suspension-appeal = Puteți contesta această decizie. Contestația dumneavoastră va fi soluționată în { $hours } ore.
suspension-legal-access = Puteți contacta în continuare consilierul juridic în alte moduri.
suspension-review = Această suspendare va fi revizuită pe { $date }.
language-title = Limba
language-choose = Alegeți o limbă
language-option = { $native } — { $english }
sync-online = Online
sync-offline = Offline
sync-pending = { $count ->
    [one] { $count } înregistrare așteaptă să fie trimisă
    [few] { $count } înregistrări așteaptă să fie trimise
   *[other] { $count } de înregistrări așteaptă să fie trimise
}
sync-now = Sincronizează acum
sync-failed = Serverul centrului nu a putut fi contactat. Munca dumneavoastră este în siguranță; va fi trimisă mai târziu.
error-network = Nu există rețea. Munca dumneavoastră este salvată și va fi trimisă mai târziu.
error-camera = Camera nu funcționează. Verificați ca nicio altă aplicație să nu o folosească.
error-microphone = Microfonul nu funcționează. Verificați să nu fie dezactivat.
error-storage = Tableta este aproape plină. Spuneți unui manager.
error-try-again = Ceva nu a mers bine. Încercați din nou.
caller-title = Alăturați-vă unui apel video
caller-code = Cod de acces
caller-code-help = Introduceți codul primit când a fost programat apelul.
caller-join = Alătură-te
caller-code-wrong = Acest cod nu este corect sau apelul nu a început încă. Verificați codul și ora.
caller-camera-preview = Camera dumneavoastră
caller-allow-camera = Permiteți acestei pagini să folosească camera și microfonul.
caller-adult-notice = Ofițerul va verifica dacă sunteți adult înainte de a vă admite.
caller-waiting = Se așteaptă ca ofițerul să vă admită…
caller-recording-forbidden = Nu înregistrați acest apel în niciun fel.
caller-call-ended = Apelul s-a încheiat.
caller-ended-by-officer = Ofițerul a încheiat apelul.
caller-leave = Părăsește apelul

## Tablet screens (app/src/ui): what the DCO and, in detainee mode, the detainee see

sign-in-lead = Conectați-vă cu numărul de angajat și codul PIN.
sign-in-offline-hint = Conectarea funcționează fără rețea, cu lista de personal sincronizată ultima dată pe această tabletă.
staff-number = Număr de angajat
pin = PIN
sign-in = Conectare
sign-out = Deconectare
unlock = Deblocare
locked-title = Tabletă blocată
detainee-mode-staff-pin = Doar personal: PIN pentru revenirea la ecranele personalului
error-wrong-pin = Acest PIN nu este corect. Introduceți-l din nou.
error-signed-out = Conectați-vă mai întâi: nu s-a înregistrat nimic.
nav-label = Principal
nav-today = Azi
nav-find = Găsiți un deținut
nav-incident = Scrieți un raport de incident
sync-label = Starea sincronizării
sync-nothing-waiting = Nimic nu așteaptă să fie trimis
sync-never = Nu s-a sincronizat niciodată
sync-running = Se sincronizează…
sync-done = Sincronizat cu serverul centrului.
legal-call-marker = JURIDIC
legal-call-marker-label = Apel juridic: prioritate și confidențialitate (DSO §9)
open-call = Deschide apelul
waiting-list = Listă de așteptare
waiting-list-empty = Nimeni nu așteaptă un interval.
find-title = Găsiți un deținut
find-label = Nume, număr sau cameră
find-none = Nimeni din lista acestei tablete nu corespunde. Verificați scrierea sau sincronizați acum.
unknown-detainee = Deținut necunoscut
access-label = Acces la apeluri video
access-ok = Poate face apeluri video.
compact = Acordul
compact-signed = Semnat: versiunea
compact-not-signed = Nesemnat. Trebuie să semneze versiunea
go-through-compact = Parcurgeți acordul
risk = Evaluarea riscului
risk-not-needed = Nu este necesară.
suspension = Suspendare
not-suspended = Nu este suspendat.
suspended-label = Suspendare în vigoare
notice-not-given = Notificarea scrisă nu a fost dată încă (DSO §17).
open-notice = Dați notificarea de suspendare
bookings = Programări
compact-language-title = Ce limbă?
compact-language-lead = Alegeți o limbă pe care deținutul o înțelege. Tableta îi aparține apoi până când introduceți PIN-ul dumneavoastră.
compact-no-translation = nu există traducere a acordului. Folosiți un interpret și înregistrați referința acestuia (DSO §15).
interpreter-explained = L-a explicat un interpret (fără traducere)
interpreter-title = Explicat de un interpret
interpreter-lead = Rugați un interpret să explice acordul de mai jos într-o limbă pe care deținutul o înțelege (DSO §15), apoi înregistrați referința acestuia.
interpreter-reference = Referința programării sau a ecusonului interpretului
interpreter-record = Înregistrează și mergi la semnătură
interpreter-reference-needed = DSO 01/2020 §15: introduceți referința interpretului înainte de a continua.
reader-label = Citire
read-aloud = ▶ Citește cu voce tare
pause = ‖ Pauză
i-read-it = Am citit singur
go-to-signature = Semnează
audio-completed = Citit cu voce tare până la sfârșit.
signature-lead = Semnați cu degetul în casetă.
signature-pad-label = Zona de semnătură: semnați cu degetul
undo-stroke = Anulează ultima linie
clear-pad = Șterge
signature-missing = DSO 01/2020 §10: încă nu există semnătură. Semnați în casetă.
witness-title = Personal: martor
witness-pin = PIN-ul ofițerului martor
witness-record = Confirmă ca martor și înregistrează
compact-signed-recorded = Acordul a fost semnat și confirmat de martor.
call-unknown = Acest apel nu este pe această tabletă. Sincronizați acum și deschideți-l din nou.
call-step-checkin = Când deținutul este la tabletă:
call-checkin = Deținutul este aici
adult-check-title = Verificarea vârstei adulte (DSO §8)
adult-check-lead = Priviți imaginea apelantului. Pot fi copii cu el, dar destinatarul principal trebuie să fie adult.
adult-yes = Destinatarul principal este adult
adult-no = Nu este adult
call-not-adult-ended = DSO 01/2020 §8: destinatarul principal nu este adult, așa că apelul a fost încheiat. Apelantul poate suna din nou cu un adult de față.
admit-lead = Apelantul așteaptă.
admit = Primește apelantul
start-call = Începe apelul
legal-private = Apel juridic — privat (DSO §9). Stați departe, să nu vedeți și să nu auziți; nu îl supravegheați.
video-self = Imaginea deținutului
video-waiting = Se conectează video…
end-call-label = Încheie apelul
end-call-finished = Apel terminat
end-call-reason = Încheie apelul din cauza:
call-ended = Apel încheiat.
call-terminated-referred = Apel încheiat. Este trimis echipei de securitate (DSO §12): scrieți ce ați văzut.
incident-lead = Salvat mai întâi pe această tabletă, apoi trimis echipei de securitate spre analiză.
incident-category = Ce fel de incident?
incident-account = Ce s-a întâmplat și cine a fost implicat
incident-save = Salvează raportul
incident-category-needed = Alegeți tipul de incident.
incident-saved-sent = Raport salvat și trimis echipei de securitate.
incident-saved-offline = Fără rețea — raportul este salvat și va fi trimis echipei de securitate.
notice-title = Notificare de suspendare (DSO §17)
notice-heading = Apelurile dumneavoastră video sunt suspendate
notice-appeal = Puteți face contestație în scris la Managerul Centrului, arătând motivele. Acesta decide în 48 de ore (12 ore dacă aveți instrucțiuni de îndepărtare).
notice-legal = Pe durata suspendării puteți contacta în continuare consilierul juridic pe altă cale.
notice-record-given = Înregistrează că notificarea a fost dată
notice-given-recorded = S-a înregistrat că notificarea scrisă a fost dată.
suspension-unknown = Această suspendare nu este pe această tabletă. Sincronizați acum.
call-phase-booked = Programat
call-phase-checked-in = Deținutul este aici — urmează verificarea vârstei
call-phase-adult-checked = Vârsta verificată — apelantul așteaptă
call-phase-admitted = Apelant primit
call-phase-in-call = În apel
call-phase-cancelled = Anulat
ended-completed = terminat
ended-slot-ended = timpul a expirat
ended-technical-failure = Defecțiune tehnică (se poate reprograma)
ended-caller-did-not-join = apelantul nu s-a conectat
ended-recipient-not-adult = destinatarul principal nu este adult (DSO §8)
terminated-recording = Înregistrarea apelului (§12)
terminated-inappropriate-dress = Îmbrăcăminte nepotrivită (§11)
terminated-abusive-language = Limbaj vulgar sau jignitor
terminated-sexualised-behaviour = Comportament sexual
terminated-inappropriate-behaviour = Alt comportament nepotrivit
terminated-offensive-material = Materiale ilegale sau ofensatoare
terminated-unlawful-activity = Activitate ilegală
terminated-security-risk = Risc pentru securitatea centrului (§11)
terminated-concern-for-recipient = Îngrijorare pentru destinatar (§19)
incident-recipient-safety = Siguranța destinatarului
incident-nature-of-call = Natura apelului
incident-recording = Apelul era înregistrat
incident-breach-of-terms = Încălcarea condițiilor de utilizare
incident-security-risk = Risc pentru securitate
incident-other = Altceva
suspended-for-security = securitatea centrului
suspended-for-safety = siguranța cuiva
suspended-for-breach = încălcarea acordului privind apelurile video
legal-method-telephone = apeluri telefonice
legal-method-legal-visit = vizite juridice
legal-method-correspondence = e-mail sau fax

# The call engine on the call screen (staff).
call-end-no-caller = Apelantul nu s-a conectat — încheiați apelul
call-cannot-connect = Video-ul apelului nu se poate conecta: nu există rețea către serverul centrului. Tableta reîncearcă singură până la terminarea intervalului. Pașii sunt înregistrați în continuare. Dacă nu se conectează, încheiați apelul ca defecțiune tehnică: persoana reținută poate rezerva din nou fără cost.
call-tablet-refused = Serverul centrului a refuzat această tabletă, așa că video-ul apelului nu se poate conecta. Cereți unui administrator să verifice înscrierea tabletei. Pașii sunt înregistrați în continuare; încheiați apelul ca defecțiune tehnică: persoana reținută poate rezerva din nou fără cost.
call-not-on-server = Video-ul apelului nu se poate conecta încă: serverul centrului nu are acest apel (a fost rezervat pe această tabletă și nu i-a fost trimis încă, sau a fost anulat acolo). Atingeți „Sincronizează acum”: apelul se conectează singur de îndată ce serverul îl primește. Dacă nu se conectează, încheiați apelul ca defecțiune tehnică: persoana reținută poate rezerva din nou fără cost.
call-certificate-untrusted = Video-ul apelului nu se poate conecta: tableta nu are încredere în certificatul serverului centrului. Adresați-vă unui administrator. Pașii sunt înregistrați în continuare; încheiați apelul ca defecțiune tehnică: persoana reținută poate rezerva din nou fără cost.
call-ends-soon = A mai rămas un minut: apelul se încheie la sfârșitul intervalului.
call-recovered = Conexiunea a revenit.
call-media-failed = Conexiunea apelului a eșuat. Se încheie ca defecțiune tehnică: persoana reținută poate rezerva din nou fără cost.
call-ended-slot = Apel încheiat: timpul intervalului s-a terminat.
call-ended-failure = Apel încheiat: conexiunea s-a pierdut și nu a revenit. Este înregistrat ca defecțiune tehnică: persoana reținută poate rezerva din nou fără cost.
call-ended-no-caller = Apel încheiat: apelantul nu s-a conectat.
call-no-camera = Această tabletă nu are o cameră funcțională: apelantul vede o imagine de test.
call-no-microphone = Această tabletă nu are un microfon funcțional: apelantul nu o poate auzi pe persoana reținută.

## Rulebook refusals (RuleViolation::message_id); $paragraph is the order's reference, kept as it is
refusal-service-under-seven-hours = { $paragraph }: serviciul de apeluri video trebuie să fie deschis cel puțin 7 ore în fiecare zi, dar pe { $date } ar fi deschis doar { $minutes } minute. Adăugați ore de program în acea zi.
refusal-bad-opening-window = { $paragraph }: intervalul de program { $start }–{ $end } nu este valid (trebuie să se termine după ce începe, iar intervalele din aceeași zi nu se pot suprapune). Corectați orele.
refusal-slot-length = { $paragraph }: un interval de apel durează între 30 și 60 de minute, nu { $minutes }. Alegeți o durată între 30 și 60.
refusal-slot-outside-opening-hours = { $paragraph }: acel interval este în afara programului serviciului de apeluri video. Alegeți un interval din lista de azi.
refusal-slot-full = { $paragraph }: toate punctele de apel sunt ocupate în acel interval. Alegeți alt interval; apelurile juridice pot fi încă programate în el.
refusal-adult-check-missing = { $paragraph }: apelul nu poate începe până când un agent (DCO) nu l-a văzut pe destinatarul principal și a notat că este adult. Faceți mai întâi verificarea vizuală.
refusal-recipient-not-adult = { $paragraph }: nu s-a confirmat că destinatarul principal este adult, deci apelul nu poate continua. Încheiați-l și cereți apelantului să sune din nou cu un adult de față.
refusal-legal-call-is-private = { $paragraph }: apelurile juridice sunt private; niciun agent nu le urmărește. Supravegherea este oprită pentru acest apel.
refusal-compact-not-signed = { $paragraph }: persoana deținută nu a semnat acordul actual al centrului (versiunea { $current }). Parcurgeți acordul cu ea și cereți-i să-l semneze mai întâi.
refusal-no-compact-published = { $paragraph }: centrul nu a publicat încă un acord. Cereți administratorului centrului să publice unul.
refusal-compact-version-not-current = { $paragraph }: versiunea { $given } a acordului nu este versiunea actuală a centrului ({ $current }). Arătați versiunea actuală.
refusal-compact-not-explained = { $paragraph }: acordul nu a fost citit sau explicat persoanei deținute într-o limbă pe care o înțelege. Redați-l în limba ei sau folosiți un interpret și notați referința lui.
refusal-signature-missing = { $paragraph }: persoana deținută nu a semnat încă. Rugați-o să semneze cu degetul în chenar.
refusal-compact-audio-incomplete = { $paragraph }: acordul nu a fost redat până la capăt. Redați restul sau explicați-l printr-un interpret.
refusal-language-not-understood = { $paragraph }: persoana deținută nu înțelege limba { $language }. Folosiți o limbă pe care o înțelege sau un interpret.
refusal-interpreter-reference-missing = { $paragraph }: notați referința interpretului (număr de programare sau de ecuson) ca explicația să poată fi verificată.
refusal-risk-assessment-required = { $paragraph }: persoana deținută face obiectul unei măsuri ({ $measure }); poate face apeluri video doar după ce se înregistrează o evaluare individuală a riscului care le permite. Cereți una departamentului de securitate.
refusal-risk-assessment-refused = { $paragraph }: persoana deținută face obiectul unei măsuri ({ $measure }), iar evaluarea individuală a riscului { $reference } din { $date } nu permite apeluri video. Poate face apeluri video doar după ce o nouă evaluare le permite. Cereți departamentului de securitate să o revizuiască.
refusal-suspended = { $paragraph }: accesul persoanei deținute la apeluri video este suspendat. Își păstrează accesul la consiliere juridică prin alte mijloace (§18); vedeți notificarea de suspendare.
refusal-not-permitted = { $paragraph }: acest rol ({ $role }) nu permite această acțiune ({ $action }). Cereți ajutorul unui membru al personalului al cărui rol o permite.
refusal-suspension-without-video-call-evidence = { $paragraph }: o suspendare pentru încălcarea politicii de utilizare trebuie să citeze dovezi din apelurile video (un raport de incident sau un apel întrerupt al acestei persoane). O suspendare nu poate fi o sancțiune pentru alte abateri.
refusal-suspension-as-sanction = { $paragraph }: declarați că această suspendare nu este o sancțiune pentru o nerespectare mai largă; se poate baza doar pe folosirea serviciului de apeluri video.
refusal-suspension-without-security-report = { $paragraph }: o suspendare din motive de securitate trebuie să dea referința raportului de informații de securitate pe care se bazează (DSO 11/2014).
refusal-suspension-without-safety-concern = { $paragraph }: o suspendare din motive de siguranță trebuie să citeze o îngrijorare înregistrată privind unul dintre apelurile acestei persoane: un raport de incident despre siguranța destinatarului sau natura apelului, ori un apel încheiat din grijă pentru destinatar.
refusal-suspension-reasons-missing = { $paragraph }: scrieți motivele suspendării; ele sunt comunicate în scris persoanei deținute.
refusal-notice-language = { $paragraph }: notificarea scrisă trebuie să fie într-o limbă pe care persoana deținută o înțelege ({ $language } nu este una dintre ele). Dați notificarea în limba ei.
refusal-appeal-already-decided = { $paragraph }: acea contestație a fost deja soluționată.
refusal-appeal-reasons-missing = { $paragraph }: o contestație prezintă în scris motivele persoanei deținute. Scrieți-le.
refusal-authorisation-not-needed = { $paragraph }: autorizarea este necesară doar pentru o suspendare mai lungă de o săptămână și o dă doar Compliance Manager.
refusal-not-found = { $paragraph }: negăsit sau deja închis: { $what }. Reîmprospătați și încercați din nou.
refusal-out-of-order = { $paragraph }: pas imposibil acum: { $attempted } (starea apelului: { $state }). Urmați pașii în ordine.
refusal-text-length = { $paragraph }: câmpul „{ $field }” trebuie să aibă între 1 și { $max } caractere. Completați-l sau scurtați-l.
refusal-out-of-range = { $paragraph }: „{ $field }” este în afara intervalului permis ({ $limit }). Verificați valoarea, precum și data și ora tabletei.
refusal-room-name-taken = { $paragraph }: există deja o cameră activă numită „{ $name }”. Dați alt nume camerei noi sau retrageți-o mai întâi pe cea veche.
refusal-room-capacity = { $paragraph }: o cameră primește între 1 și { $max } apeluri deodată, nu { $capacity }. Alegeți un număr din acest interval.
refusal-room-not-active = { $paragraph }: camera „{ $name }” este retrasă; niciun apel nu poate fi pus în ea. Alegeți o cameră activă.
refusal-room-full = { $paragraph }: camera „{ $name }” este plină în acel interval. Alegeți altă cameră sau alt interval.
record-storage-failed = Tableta nu a putut salva acest lucru ({ $detail }). Nu s-a înregistrat nimic: încercați din nou, iar dacă tot nu merge, folosiți altă tabletă și anunțați suportul IT al centrului.

## Read-aloud: the tablet cannot play sound (ReadFailure::NoSound), as opposed to no voice
compact-no-sound = Această tabletă nu poate reda sunet. Citiți regulile pe ecran sau folosiți un interpret și spuneți personalului să verifice difuzorul sau căștile.

## Tablet screens: one message per sentence, with its values as variables (never joined from pieces)
sync-waiting-count = { $count ->
    [one] { $count } înregistrare așteaptă să fie trimisă
    [few] { $count } înregistrări așteaptă să fie trimise
   *[other] { $count } de înregistrări așteaptă să fie trimise
}
sync-last-at = Ultima sincronizare { $time }
locked-lead-name = Blocată după 3 minute fără utilizare. Introduceți PIN-ul pentru { $name }.
today-title-date = Azi — { $date }
slot-label-at = Apeluri la ora { $time }
open-call-for = Deschide apelul: { $name }
waiting-displaced-caller = { $caller } — mutat pe lista de așteptare pentru un apel juridic (DSO §9)
room-number = Camera { $room }
detainee-ids = { $number } · Camera { $room }
compact-signed-version = Semnat: versiunea { $version } — { $language }
compact-old-version-needs = A semnat o versiune mai veche, { $version }. Trebuie să semneze versiunea { $current } (DSO §10).
compact-not-signed-version = Nesemnat. Trebuie să semneze versiunea { $current } (DSO §10).
risk-allows-reference = Făcută, permite apeluri video. Referință { $reference }
risk-needed-measure = Necesară înaintea oricărui apel: supus { $measure } (DSO §14).
suspended-because = Suspendat — { $reason } (DSO §17)
suspended-until-date = Până la { $until }
suspended-until-further-notice = Până la noi dispoziții
appeal-waiting-until = Contestație: așteaptă o decizie, termen: { $time } (DSO §18)
appeal-was-dismissed = Contestație: respinsă (DSO §18)
appeal-none-lodged = Contestație: nedepusă (DSO §18)
legal-access-by = Acces juridic alternativ: { $method } (DSO §18)
legal-access-not-arranged = Acces juridic alternativ: NEASIGURAT — anunțați un manager (DSO §18)
notice-given-in-language = Notificarea scrisă a fost dată în { $language }
compact-no-translation-in = { $language }: nu există traducere a acordului. Folosiți un interpret și înregistrați referința acestuia (DSO §15).
replay-sentence-number = Citește din nou propoziția { $number }
notice-reason-is = Motiv: { $reason }.
notice-language-is = Dați această notificare în { $language }
call-phase-ended-because = Încheiat: { $reason }
call-phase-terminated-because = Încheiat de personal: { $reason }
call-cancelled-by-centre = Centrul a anulat această rezervare, așa că apelul s-a încheiat. Sincronizați acum pentru a vedea motivul.
sync-parked-count = Refuzate de serverul centrului: { $count }. Anunțați suportul IT al centrului.
sync-clock-off = Ceasul acestei tablete diferă cu { $minutes } minute de cel al centrului. Kinline folosește ora centrului; cereți suportului IT să seteze data și ora tabletei.
call-title-name = Apel: { $name }
caller-named = Apelant: { $caller }
video-caller-named = Imaginea apelantului: { $caller }
call-minutes-left = { $minutes ->
    [one] A mai rămas { $minutes } minut
    [few] Au mai rămas { $minutes } minute
   *[other] Au mai rămas { $minutes } de minute
}
compact-other-languages = Alte limbi
compact-other-languages-lead = Nu sunt în profilul persoanei reținute. Aceasta poate citi acordul în oricare dintre ele; pentru a semna într-una, un manager o adaugă mai întâi în profilul său (DSO §15). Altfel, folosiți un interpret.
# $reason (String) - the reason the DCO tapped to end the call
end-call-confirm-reason = Încheiați apelul din cauza: { $reason }? Este trimis echipei de securitate.
end-call-confirm = Da, încheie apelul
end-call-go-back = Nu, înapoi la apel
# $time (String) - the slot's start, London; $kind (String) - social or legal call; $name (String) - the detainee
incident-about-call = Despre apelul din { $time } — { $kind } — { $name }
# $begins (String) - the slot's start, London date and time; $ends (String) - its end, London time; $opens (String) - the earliest check-in, London time
refusal-outside-slot = { $paragraph }: intervalul acestui apel este { $begins } – { $ends }. Sosirea poate fi înregistrată de la { $opens }, iar apelul conectat doar în intervalul său. Reveniți la ora lui.
# $kind (String) - social or legal call; $begins (String) - the slot's start, London date and time; $ends (String) - its end, London time
call-slot-kind = { $kind }: { $begins } – { $ends }

## Booking a call with a detainee, cancelling one (DSO §7, §9)

book-call = Programează un apel
booking-title = Programează un apel pentru { $name }
booking-show-in = Arată acest ecran în
booking-kind = Tipul apelului
booking-when = Ziua și ora
booking-day = Ziua
booking-time = Ore libere
booking-no-free-slots = Nu există nicio oră liberă în următoarele { $days } zile. Întrebați managerul centrului despre lista de așteptare.
booking-slot-displaces = Ia locul unui apel personal (DSO §9)
booking-caller = Apelantul
booking-caller-name = Numele apelantului
booking-relationship = Relația cu persoana reținută
booking-address-hint = Dați o adresă de e-mail, un număr de mobil sau ambele: invitația se trimite acolo.
booking-email = Adresă de e-mail
booking-mobile = Număr de mobil
booking-invitation-language = Limba invitației
booking-confirm = Programează apelul
booking-back = Înapoi fără programare
booking-choose-slot = Alegeți mai întâi o zi și o oră liberă.
booking-next-free = Următoarele ore libere:
booking-done = Programat: { $day } { $time }, { $caller }. Centrul va trimite invitația.
booking-done-displaced = Un apel personal din acel interval a fost mutat pe lista de așteptare (DSO §9); centrul îi va oferi apelantului său altă oră.
contact-error-name = Scrieți numele apelantului (cel mult { $max } caractere).
contact-error-relationship = Scrieți relația apelantului cu persoana reținută (cel mult { $max } caractere).
contact-error-no-address = Dați o adresă de e-mail sau un număr de mobil: invitația se trimite acolo.
contact-error-email = Nu se poate trimite e-mail la această adresă. Verificați-o (de exemplu name@example.org).
contact-error-mobile = Nu se poate trimite SMS la acest număr. Scrieți 7 până la 15 cifre cu prefixul țării sau un număr din Regatul Unit care începe cu 0.
contact-error-language = Alegeți una dintre limbile paginii apelantului.
cancel-call = Anulează
cancel-call-at = Anulează apelul de la { $time }
cancel-title = Anularea unui apel
cancel-which = Apelul de la { $time } cu { $caller }.
cancel-reason = De ce se anulează?
cancel-reason-caller = Apelantul a cerut
cancel-reason-detainee = Persoana reținută a cerut
cancel-reason-technical = Defecțiune tehnică
cancel-reason-other = Alt motiv
cancel-confirm = Anulează apelul
cancel-and-rebook = Anulează și programează din nou
cancel-keep = Păstrează apelul
cancel-reason-needed = Alegeți mai întâi motivul anulării.
cancel-done = Apelul de la { $time } este anulat.
rebook-retype-address = Scrieți din nou e-mailul sau numărul de mobil al apelantului, apoi programați.
rebook = Programează din nou, fără cost
