### Kinline — the tablet app and the caller's page: interface strings
### language: sq (Albanian, Shqip)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = Video-thirrje për njerëzit në paraburgim
signin-title = Hyrja
signin-staff-number = Numri i punonjësit
signin-pin = PIN
signin-button = Hyr
signin-offline-note = Mund të hyni pa rrjet nëse keni hyrë më parë në këtë tablet.
signin-error-unknown = Ky numër punonjësi nuk njihet në këtë tablet. Kontrollojeni ose lidhuni me rrjetin që tableti të përditësohet.
signin-error-pin = PIN-i nuk është i saktë. Provoni përsëri.
signin-error-locked = Shumë PIN-e të gabuara. Kërkojini një menaxheri të zhbllokojë llogarinë tuaj.
signout-button = Dil
today-title = Thirrjet e sotme
today-count = { $count ->
    [one] { $count } thirrje e rezervuar
   *[other] { $count } thirrje të rezervuara
}
today-empty = Nuk ka thirrje të rezervuara për sot.
today-row = { $time } — { $name }
call-kind-social = Thirrje shoqërore
call-kind-legal = Thirrje ligjore
today-open-session = Hap seancën
today-new-booking = Rezervim i ri
session-title = Seanca e të ndaluarit
session-for = Seanca për { $name }
session-compact-needed = Marrëveshja duhet të nënshkruhet para çdo video-thirrjeje.
session-compact-signed = Marrëveshja u nënshkrua
session-suspended = Video-thirrjet janë pezulluar për këtë person.
session-start-call = Fillo thirrjen
session-hand-back = Ktheja tabletin oficerit
compact-screen-title = Video-thirrjet: rregullat
compact-choose-language = Zgjidhni gjuhën në të cilën do të lexoni dhe dëgjoni rregullat
compact-read-aloud = Lexo me zë
compact-stop-reading = Ndalo leximin
compact-reading = Duke lexuar me zë…
compact-no-voice = Nuk ka zë për këtë gjuhë në këtë tablet. Përdorni një përkthyes për të shpjeguar rregullat.
compact-not-offered = Rregullat nuk janë të disponueshme në këtë gjuhë. Përdorni një përkthyes për t'i shpjeguar.
compact-not-reviewed = Ky përkthim nuk është kontrolluar nga një përkthyes i kualifikuar.
compact-not-reviewed-dco = Ky përkthim nuk është rishikuar. Konfirmoni që i ndaluari e kuptoi dhe shënoni si.
compact-confirm-how = Si u konfirmua kuptimi?
compact-confirm-read = E lexoi në ekran në një gjuhë që e lexon mirë
compact-confirm-audio = E dëgjoi të lexuar me zë deri në fund
compact-confirm-interpreter = Një përkthyes e shpjegoi
compact-interpreter-reference = Referenca e rezervimit ose e kartës së përkthyesit
compact-understood = I kam kuptuar rregullat
compact-ask-question = Kam një pyetje
compact-version = Versioni { $version }
signature-title = Nënshkruani këtu
signature-instructions = Nënshkruani me gisht brenda kutisë.
signature-clear = Fshi
signature-confirm = Konfirmo nënshkrimin
signature-witness = Oficer: konfirmoni që e patë të ndaluarin të nënshkruajë.
signature-witness-button = Jam dëshmitar i këtij nënshkrimi
signature-saved = Nënshkrimi u ruajt.
call-title = Video-thirrje
call-waiting = Duke pritur që telefonuesi të bashkohet…
call-caller-joined = Telefonuesi u bashkua.
call-check-adult = Kontrolloni që personi i thirrur të jetë i rritur para se ta pranoni.
call-admit = Prano telefonuesin
call-refuse-not-adult = Nuk është i rritur — mos e prano
call-mute = Hiq zërin
call-unmute = Aktivizo zërin
call-camera-off = Fik kamerën
call-camera-on = Ndiz kamerën
call-end = Mbyll thirrjen
call-time-left = { $minutes ->
    [one] Ka mbetur { $minutes } minutë
   *[other] Kanë mbetur { $minutes } minuta
}
call-reconnecting = Lidhja u humb. Duke u rilidhur…
call-legal-unsupervised = Thirrje ligjore: pa mbikëqyrje pamore.
end-title = Mbyll thirrjen
end-choose-reason = Pse po mbyllet thirrja?
end-reason-recording = Regjistrimi ose publikimi i thirrjes
end-reason-inappropriate-dress = Veshje e papërshtatshme
end-reason-abusive-language = Gjuhë e ndyrë ose fyese
end-reason-sexualised-behaviour = Sjellje seksuale
end-reason-inappropriate-behaviour = Sjellje tjetër e papërshtatshme
end-reason-offensive-material = Shfaqje materiali të paligjshëm ose fyes
end-reason-unlawful-activity = Veprimtari e paligjshme
end-reason-security-risk = Rrezik për sigurinë e qendrës
end-reason-concern-for-recipient = Shqetësim për thirrjen ose sigurinë e telefonuesit
end-confirm = Mbyll thirrjen tani
end-referral-note = Një raport i dërgohet departamentit të sigurisë.
incident-title = Raport incidenti
incident-what-happened = Çfarë ndodhi
incident-when = Kur
incident-who-involved = Kush ishte i përfshirë
incident-submit = Dërgo raportin
incident-saved = Raporti u ruajt. Do të dërgohet kur tableti të jetë në linjë.
suspension-title = Njoftim: video-thirrjet janë pezulluar
suspension-body = { $name }, qasja juaj në video-thirrje është pezulluar nga { $from } deri më { $until }.
suspension-reasons = Arsyet janë: { $reasons }.
suspension-reason-security = për sigurinë e qendrës
suspension-reason-safety = për sigurinë e dikujt
suspension-reason-breach = shkelje e rregullave të video-thirrjeve
suspension-appeal = Mund ta apeloni këtë vendim. Apeli juaj do të vendoset brenda { $hours } orëve.
suspension-legal-access = Mund të kontaktoni ende këshilltarin tuaj ligjor në mënyra të tjera.
suspension-review = Ky pezullim do të rishikohet më { $date }.
language-title = Gjuha
language-choose = Zgjidhni një gjuhë
language-option = { $native } — { $english }
sync-online = Në linjë
sync-offline = Jashtë linje — puna juaj ruhet në këtë tablet
sync-pending = { $count ->
    [one] { $count } regjistrim pret të dërgohet
   *[other] { $count } regjistrime presin të dërgohen
}
sync-last = Dërguar së fundi në { $time }
sync-now = Dërgo tani
sync-failed = Serveri i qendrës nuk u arrit. Puna juaj është e sigurt; do të dërgohet më vonë.
error-network = Nuk ka rrjet. Puna juaj u ruajt dhe do të dërgohet më vonë.
error-camera = Kamera nuk punon. Kontrolloni që asnjë aplikacion tjetër të mos e përdorë.
error-microphone = Mikrofoni nuk punon. Kontrolloni që të mos jetë i heshtur.
error-storage = Tableti është pothuajse plot. Njoftoni një menaxher.
error-try-again = Diçka shkoi keq. Provoni përsëri.
caller-title = Bashkohuni në një video-thirrje
caller-code = Kodi i hyrjes
caller-code-help = Shkruani kodin që ju dhanë kur u rezervua thirrja.
caller-join = Bashkohu
caller-code-wrong = Ky kod nuk është i saktë ose thirrja nuk ka filluar ende. Kontrolloni kodin dhe orën.
caller-camera-preview = Kamera juaj
caller-allow-camera = Lejojeni këtë faqe të përdorë kamerën dhe mikrofonin tuaj.
caller-adult-notice = Oficeri do të kontrollojë që jeni i rritur para se t'ju lejojë të hyni.
caller-waiting = Duke pritur që oficeri t'ju lejojë të hyni…
caller-recording-forbidden = Mos e regjistroni këtë thirrje në asnjë mënyrë.
caller-call-ended = Thirrja ka përfunduar.
caller-ended-by-officer = Oficeri e mbylli thirrjen.
caller-leave = Dil nga thirrja
