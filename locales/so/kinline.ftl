### Kinline — the tablet app and the caller's page: interface strings
### language: so (Somali, Soomaali)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = Wicitaanno muuqaal ah oo loogu talagalay dadka xidhan
signin-title = Gal
signin-staff-number = Lambarka shaqaalaha
signin-pin = PIN
signin-button = Gal
signin-offline-note = Haddii aad horay ugu gashay tablet-kan, waxaad geli kartaa shabakad la'aan.
signin-error-unknown = Lambarkan shaqaalaha laguma yaqaan tablet-kan. Hubi, ama ku xidh shabakadda si tablet-ku u cusboonaado.
signin-error-pin = PIN-ku sax maaha. Mar kale isku day.
signin-error-locked = PIN khaldan oo badan. Maamulaha ka codso inuu koontadaada furo.
signout-button = Ka bax
today-title = Wicitaannada maanta
today-count = { $count ->
    [one] { $count } wicitaan ayaa la qabsaday
   *[other] { $count } wicitaan ayaa la qabsaday
}
today-empty = Maanta wicitaan lama qabsan.
today-row = { $time } — { $name }
call-kind-social = Wicitaan bulsho
call-kind-legal = Wicitaan sharci
today-open-session = Fur fadhiga
today-new-booking = Ballan cusub
session-title = Fadhiga qofka xidhan
session-for = Fadhiga { $name }
session-compact-needed = Heshiiska waa in la saxeexaa ka hor wicitaan kasta oo muuqaal ah.
session-compact-signed = Heshiiska waa la saxeexay
session-suspended = Wicitaannada muuqaalka ah waa laga joojiyay qofkan.
session-start-call = Bilow wicitaanka
session-hand-back = Tablet-ka u celi sarkaalka
compact-screen-title = Wicitaannada muuqaalka: xeerarka
compact-choose-language = Dooro luqadda aad rabto inaad ku akhrido oo ku dhegaysato xeerarka
compact-read-aloud = Kor u akhri
compact-stop-reading = Jooji akhriska
compact-reading = Kor ayaa loo akhrinayaa…
compact-no-voice = Tablet-kan cod uma laha luqaddan. Isticmaal turjubaan si xeerarka loo sharaxo.
compact-not-offered = Xeerarka lagama helo luqaddan. Isticmaal turjubaan si loo sharaxo.
compact-not-reviewed = Turjumaaddan ma hubin turjubaan khibrad leh.
compact-not-reviewed-dco = Turjumaaddan dib looma eegin. Hubi in qofka xidhan fahmay, oo qor sida loo hubiyay.
compact-confirm-how = Sidee loo hubiyay fahanka?
compact-confirm-read = Wuxuu shaashadda ku akhriyay luqad uu si fiican u akhriyo
compact-confirm-audio = Wuxuu dhegaystay akhriska ilaa dhammaadka
compact-confirm-interpreter = Turjubaan ayaa sharaxay
compact-interpreter-reference = Tixraaca ballanta ama kaadhka turjubaanka
compact-understood = Waan fahmay xeerarka
compact-ask-question = Su'aal ayaan qabaa
compact-version = Nooca { $version }
signature-title = Halkan saxeex
signature-instructions = Farta ku saxeex sanduuqa gudihiisa.
signature-clear = Tirtir
signature-confirm = Xaqiiji saxeexa
signature-witness = Sarkaal: xaqiiji inaad aragtay qofka xidhan oo saxeexaya.
signature-witness-button = Waxaan markhaati u ahay saxeexan
signature-saved = Saxeexa waa la kaydiyay.
call-title = Wicitaan muuqaal ah
call-waiting = Waxaa la sugayaa in wacuhu ku soo biiro…
call-caller-joined = Wacihii wuu ku soo biiray.
call-check-adult = Ka hor intaadan gelin, hubi in qofka la wacay uu yahay qof weyn.
call-admit = Geli wacaha
call-refuse-not-adult = Qof weyn maaha — ha gelin
call-mute = Aamusi
call-unmute = Cod fur
call-camera-off = Dami kamarada
call-camera-on = Shid kamarada
call-end = Dhammee wicitaanka
call-time-left = { $minutes ->
    [one] { $minutes } daqiiqo ayaa hadhay
   *[other] { $minutes } daqiiqo ayaa hadhay
}
call-reconnecting = Xidhiidhkii wuu go'ay. Dib ayaa loo xidhayaa…
call-legal-unsupervised = Wicitaan sharci: kormeer muuqaal ah la'aan.
end-title = Dhammee wicitaanka
end-choose-reason = Maxaa wicitaanka loo dhammaynayaa?
end-reason-recording = Duubista ama faafinta wicitaanka
end-reason-inappropriate-dress = Labis aan habboonayn
end-reason-abusive-language = Hadal xun ama caay ah
end-reason-sexualised-behaviour = Dhaqan galmo
end-reason-inappropriate-behaviour = Dhaqan kale oo aan habboonayn
end-reason-offensive-material = Muujinta wax sharci darro ah ama xun
end-reason-unlawful-activity = Fal sharci darro ah
end-reason-security-risk = Khatar ku ah amniga xarunta
end-reason-concern-for-recipient = Walaac ku saabsan wicitaanka ama badbaadada wacaha
end-confirm = Hadda dhammee wicitaanka
end-referral-note = Warbixin ayaa loo dirayaa qaybta amniga.
incident-title = Warbixinta dhacdada
incident-what-happened = Maxaa dhacay
incident-when = Goorma
incident-who-involved = Yaa ku lug lahaa
incident-submit = Dir warbixinta
incident-saved = Warbixinta waa la kaydiyay. Waa la diri doonaa marka tablet-ku online noqdo.
suspension-title = Ogeysiis: wicitaannada muuqaalka waa la joojiyay
suspension-body = { $name }, fursaddaada wicitaannada muuqaalka waa la joojiyay laga bilaabo { $from } ilaa { $until }.
suspension-reasons = Sababaha waa: { $reasons }.
suspension-reason-security = amniga xarunta awgiis
suspension-reason-safety = badbaadada qof awgiis
suspension-reason-breach = jebinta xeerarka wicitaannada muuqaalka
suspension-appeal = Waad ka racfaan qaadan kartaa go'aankan. Racfaankaaga waxaa lagu go'aamin doonaa { $hours } saacadood gudahood.
suspension-legal-access = Wali waxaad la xidhiidhi kartaa lataliyahaaga sharciga siyaabo kale.
suspension-review = Joojintan dib ayaa loo eegi doonaa { $date }.
language-title = Luqadda
language-choose = Dooro luqad
language-option = { $native } — { $english }
sync-online = Online
sync-offline = Offline — shaqadaadu waxay ku kaydsan tahay tablet-kan
sync-pending = { $count ->
    [one] { $count } diiwaan ayaa sugaya in la diro
   *[other] { $count } diiwaan ayaa sugaya in la diro
}
sync-last = Markii ugu dambaysay waxaa la diray { $time }
sync-now = Hadda dir
sync-failed = Lama gaadhin server-ka xarunta. Shaqadaadu waa ammaan; waa la diri doonaa goor dambe.
error-network = Shabakad ma jirto. Shaqadaada waa la kaydiyay, waana la diri doonaa goor dambe.
error-camera = Kamaradu ma shaqaynayso. Hubi in barnaamij kale aanu isticmaalin.
error-microphone = Makarafoonku ma shaqaynayso. Hubi inaanu aamusnayn.
error-storage = Tablet-ku wuu ku dhow yahay inuu buuxsamo. U sheeg maamulaha.
error-try-again = Wax baa khaldamay. Mar kale isku day.
caller-title = Ku biir wicitaan muuqaal ah
caller-code = Koodhka ku biirista
caller-code-help = Qor koodhka lagu siiyay markii wicitaanka la qabsaday.
caller-join = Ku biir
caller-code-wrong = Koodhkani sax maaha, ama wicitaanku weli ma bilaabmin. Hubi koodhka iyo waqtiga.
caller-camera-preview = Kamaradaada
caller-allow-camera = U oggolow boggan inuu isticmaalo kamaradaada iyo makarafoonkaaga.
caller-adult-notice = Sarkaalku wuxuu hubin doonaa inaad tahay qof weyn ka hor intaanu ku gelin.
caller-waiting = Waxaa la sugayaa in sarkaalku ku geliyo…
caller-recording-forbidden = Ha duubin wicitaankan si kasta ha ahaatee.
caller-call-ended = Wicitaanku wuu dhammaaday.
caller-ended-by-officer = Sarkaalka ayaa dhammeeyay wicitaanka.
caller-leave = Ka bax wicitaanka
