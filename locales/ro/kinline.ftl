### Kinline — the tablet app and the caller's page: interface strings
### language: ro (Romanian, Română)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
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
today-title = Apelurile de azi
today-count = { $count ->
    [one] { $count } apel programat
    [few] { $count } apeluri programate
   *[other] { $count } de apeluri programate
}
today-empty = Nu sunt apeluri programate pentru azi.
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
signature-title = Semnați aici
signature-instructions = Semnați cu degetul în interiorul casetei.
signature-clear = Șterge
signature-confirm = Confirmă semnătura
signature-witness = Ofițer: confirmați că ați văzut deținutul semnând.
signature-witness-button = Am fost martor la această semnătură
signature-saved = Semnătura a fost salvată.
call-title = Apel video
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
incident-title = Raport de incident
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
sync-offline = Offline — munca dumneavoastră este salvată pe această tabletă
sync-pending = { $count ->
    [one] { $count } înregistrare așteaptă să fie trimisă
    [few] { $count } înregistrări așteaptă să fie trimise
   *[other] { $count } de înregistrări așteaptă să fie trimise
}
sync-last = Trimis ultima dată la { $time }
sync-now = Trimite acum
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
