### Kinline — the tablet app and the caller's page: interface strings
### language: kmr (Kurdish (Kurmanji), Kurmancî)
### translator: machine draft by the Kinline team
### reviewed: no

app-name = Kinline
app-tagline = Bangên vîdyoyî ji bo kesên di binçavkirinê de
signin-title = Têketin
signin-staff-number = Hejmara karmendê
signin-pin = PIN
signin-button = Têkeve
signin-offline-note = Heke te berê li ser vê tabletê têketin kiribe, tu dikarî bê tor têkevî.
signin-error-unknown = Ev hejmara karmendê li ser vê tabletê nayê naskirin. Wê kontrol bike, an bi torê ve girêde da ku tablet nû bibe.
signin-error-pin = PIN ne rast e. Dîsa biceribîne.
signin-error-locked = Gelek PIN-ên şaş. Ji rêveberekî bixwaze ku hesabê te veke.
signout-button = Derkeve
today-title = Bangên îro
today-count = { $count ->
    [one] { $count } bang hatiye veqetandin
   *[other] { $count } bang hatine veqetandin
}
today-empty = Ji bo îro tu bang nehatine veqetandin.
today-row = { $time } — { $name }
call-kind-social = Banga civakî
call-kind-legal = Banga hiqûqî
today-open-session = Danişînê veke
today-new-booking = Veqetandina nû
session-title = Danişîna girtî
session-for = Danişîn ji bo { $name }
session-compact-needed = Berî her banga vîdyoyî divê peyman were îmzekirin.
session-compact-signed = Peyman hate îmzekirin
session-suspended = Bangên vîdyoyî ji bo vî kesî hatine rawestandin.
session-start-call = Bangê dest pê bike
session-hand-back = Tabletê vegerîne efserê
compact-screen-title = Bangên vîdyoyî: rêgez
compact-choose-language = Zimanê ku tu dixwazî rêgezan pê bixwînî û bibihîzî hilbijêre
compact-read-aloud = Bi dengê bilind bixwîne
compact-stop-reading = Xwendinê rawestîne
compact-reading = Bi dengê bilind tê xwendin…
compact-no-voice = Li ser vê tabletê ji bo vî zimanî deng tune ye. Ji bo ravekirina rêgezan wergêrekî devkî bi kar bîne.
compact-not-offered = Rêgez bi vî zimanî tune ne. Ji bo ravekirina wan wergêrekî devkî bi kar bîne.
compact-not-reviewed = Ev werger ji aliyê wergêrekî pispor ve nehatiye kontrolkirin.
compact-not-reviewed-dco = Ev werger nehatiye kontrolkirin. Piştrast bike ku girtî ew fêm kiriye, û binivîse çawa.
compact-confirm-how = Fêmkirin çawa hate piştrastkirin?
compact-confirm-read = Wî/wê li ser ekranê bi zimanekî ku baş dixwîne xwend
compact-confirm-audio = Heta dawiyê guh da xwendina bi dengê bilind
compact-confirm-interpreter = Wergêrekî devkî ew rave kir
compact-interpreter-reference = Referansa veqetandin an kartê wergêr
compact-understood = Min rêgez fêm kirin
compact-ask-question = Pirsek min heye
compact-version = Guherto { $version }
signature-title = Li vir îmze bike
signature-instructions = Bi tiliya xwe di nav qutîkê de îmze bike.
signature-clear = Paqij bike
signature-confirm = Îmzeyê piştrast bike
signature-witness = Efser: piştrast bike ku te dît girtî îmze kir.
signature-witness-button = Ez şahidê vê îmzeyê bûm
signature-saved = Îmze hate tomarkirin.
call-title = Banga vîdyoyî
call-waiting = Li benda tevlîbûna bangker…
call-caller-joined = Bangker tevlî bû.
call-check-adult = Berî qebûlkirinê kontrol bike ku kesê ku tê gazîkirin mezin e.
call-admit = Bangker qebûl bike
call-refuse-not-adult = Ne mezin e — qebûl neke
call-mute = Deng bigire
call-unmute = Deng veke
call-camera-off = Kamerayê bigire
call-camera-on = Kamerayê veke
call-end = Bangê biqedîne
call-time-left = { $minutes ->
    [one] { $minutes } deqe maye
   *[other] { $minutes } deqe mane
}
call-reconnecting = Girêdan qut bû. Dîsa tê girêdan…
call-legal-unsupervised = Banga hiqûqî: bê çavdêriya dîtbarî.
end-title = Bangê biqedîne
end-choose-reason = Çima bang tê qedandin?
end-reason-recording = Tomarkirin an weşandina bangê
end-reason-inappropriate-dress = Cilên ne guncav
end-reason-abusive-language = Gotinên pîs an heqaretkar
end-reason-sexualised-behaviour = Tevgera zayendî
end-reason-inappropriate-behaviour = Tevgerên din ên ne guncav
end-reason-offensive-material = Nîşandana materyalên neqanûnî an heqaretkar
end-reason-unlawful-activity = Çalakiya neqanûnî
end-reason-security-risk = Xetere ji bo ewlehiya navendê
end-reason-concern-for-recipient = Fikar li ser bangê an ewlehiya bangker
end-confirm = Niha bangê biqedîne
end-referral-note = Raporek ji beşa ewlehiyê re tê şandin.
incident-title = Rapora bûyerê
incident-what-happened = Çi qewimî
incident-when = Kengî
incident-who-involved = Kî tê de bû
incident-submit = Raporê bişîne
incident-saved = Rapor hate tomarkirin. Dema tablet serhêl be dê were şandin.
suspension-title = Agahdarî: bangên vîdyoyî hatin rawestandin
suspension-body = { $name }, gihîştina te ya bangên vîdyoyî ji { $from } heta { $until } hatiye rawestandin.
suspension-reasons = Sedem ev in: { $reasons }.
suspension-reason-security = ji bo ewlehiya navendê
suspension-reason-safety = ji bo ewlehiya kesekî
suspension-reason-breach = binpêkirina rêgezên bangên vîdyoyî
suspension-appeal = Tu dikarî li dijî vê biryarê îtîraz bikî. Di nav { $hours } saetan de biryar li ser îtîraza te dê were dayîn.
suspension-legal-access = Tu hîn jî dikarî bi rêyên din bi şêwirmendê xwe yê hiqûqî re têkilî daynî.
suspension-review = Ev rawestandin dê di { $date } de were nirxandin.
language-title = Ziman
language-choose = Zimanekî hilbijêre
language-option = { $native } — { $english }
sync-online = Serhêl
sync-offline = Derhêl — karê te li ser vê tabletê hatiye tomarkirin
sync-pending = { $count ->
    [one] { $count } tomar li benda şandinê ye
   *[other] { $count } tomar li benda şandinê ne
}
sync-last = Şandina dawî di { $time } de
sync-now = Niha bişîne
sync-failed = Negihîşt servera navendê. Karê te ewle ye; dê paşê were şandin.
error-network = Tor tune. Karê te hatiye tomarkirin û dê paşê were şandin.
error-camera = Kamera naxebite. Kontrol bike ku bernameyeke din wê bi kar naîne.
error-microphone = Mîkrofon naxebite. Kontrol bike ku bêdeng nebûye.
error-storage = Tablet hema tije ye. Ji rêveberekî re bêje.
error-try-again = Tiştek şaş çû. Dîsa biceribîne.
caller-title = Tevlî banga vîdyoyî bibe
caller-code = Koda tevlîbûnê
caller-code-help = Koda ku dema veqetandina bangê ji te re hat dayîn binivîse.
caller-join = Tevlî bibe
caller-code-wrong = Ev kod ne rast e, an bang hîn dest pê nekiriye. Kod û demê kontrol bike.
caller-camera-preview = Kameraya te
caller-allow-camera = Destûrê bide vê rûpelê ku kamera û mîkrofona te bi kar bîne.
caller-adult-notice = Efser berî ku te bihêle hundir dê kontrol bike ku tu mezin î.
caller-waiting = Li benda destûra efser…
caller-recording-forbidden = Vê bangê bi tu awayî tomar neke.
caller-call-ended = Bang qediya.
caller-ended-by-officer = Efser bang qedand.
caller-leave = Ji bangê derkeve
